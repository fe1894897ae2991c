// wink-nlp's universal tags for tokens given from outside (a CoNLL-U file's words), the hints
// the tagger reads beside its own features. The words are joined as the file says they were
// written (SpaceAfter), wink tags that text, and each word takes the tag of the first wink
// token starting inside it. In the pipeline the tokens are wink's own and need no alignment.
import { wink } from '../nlp/wink.js';

export function winkHints(words: readonly string[], noSpaceAfter: readonly boolean[]): string[] {
  const nlp = wink();
  let text = '';
  const starts: number[] = [];
  words.forEach((word, i) => {
    starts.push(text.length);
    text += word + (noSpaceAfter[i] ? '' : ' ');
  });
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(nlp.its.precedingSpaces) as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  const hints = new Array<string>(words.length).fill('X');
  const given = new Uint8Array(words.length);
  let offset = 0;
  let w = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    while (w + 1 < words.length && starts[w + 1] <= offset) w++;
    if (!given[w]) {
      hints[w] = tags[i];
      given[w] = 1;
    }
    offset += values[i].length;
  }
  return hints;
}
