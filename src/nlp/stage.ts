// Tokens, POS, lemmas, negation and sentences from wink-nlp, copied once into a TokenTable.
// Sentences are refined: a sentence never spans a line break (headlines and captions have
// no full stop), and a title abbreviation does not end one ("then-Rep. Pete Sessions").
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import type { Sentence } from '../doc/layers.js';
import { TokenFlag, TokenTable } from '../doc/token-table.js';
import { wink } from './wink.js';

/** `abbreviations`: lower-cased titles after which a full stop does not end a sentence (loadTitleAbbreviations). */
export function createNlpStage(abbreviations: ReadonlySet<string>): Stage {
  const nlp = wink();
  const its = nlp.its;
  return {
    name: 'nlp',
    requires: ['clean'],
    provides: ['tokens', 'sentences'],
    run(doc: Doc) {
      const text = doc.cleanText;
      const winkDoc = nlp.readDoc(text);
      const tokens = winkDoc.tokens();
      const values = tokens.out(its.value) as string[];
      const types = tokens.out(its.type as never) as string[];
      const spaces = tokens.out(its.precedingSpaces) as string[];
      const pos = tokens.out(its.pos) as string[];
      const lemmas = tokens.out(its.lemma as never) as string[];
      const negation = tokens.out(its.negationFlag) as unknown as boolean[];

      // Whitespace tokens (line breaks) are dropped; they only mark the next token.
      const keptIndex = new Int32Array(values.length).fill(-1);
      let kept = 0;
      for (let i = 0; i < values.length; i++) if (types[i] !== 'tabCRLF') keptIndex[i] = kept++;
      const table = new TokenTable(kept);
      let offset = 0;
      // What lies between the previous kept token and this one: spaces, line breaks.
      let gapLength = 0;
      let gapHasLineBreak = false;
      for (let i = 0; i < values.length; i++) {
        offset += spaces[i].length;
        gapLength += spaces[i].length;
        gapHasLineBreak ||= spaces[i].includes('\n');
        const value = values[i];
        if (types[i] === 'tabCRLF') {
          gapLength += value.length;
          gapHasLineBreak ||= value.includes('\n');
          offset += value.length;
          continue;
        }
        const t = keptIndex[i];
        table.start[t] = offset;
        table.end[t] = offset + value.length;
        table.text[t] = value;
        table.lower[t] = foldQuotes(value.toLowerCase());
        // wink leaves some tokens without a lemma ("cannot" before a comma): the word stands for itself.
        table.lemma[t] = foldQuotes(lemmas[i] ?? table.lower[t]);
        table.pos[t] = pos[i];
        let flags = 0;
        if (negation[i]) flags |= TokenFlag.negated;
        if (startsUpperCase(value)) flags |= TokenFlag.capitalized;
        if (gapLength > 0) flags |= TokenFlag.spaceBefore;
        if (gapHasLineBreak) flags |= TokenFlag.paragraphBefore;
        table.flags[t] = flags;
        offset += value.length;
        gapLength = 0;
        gapHasLineBreak = false;
      }
      if (offset !== text.length && text.slice(offset).trim() !== '') {
        throw new Error(`tokens cover ${offset} of ${text.length} characters`);
      }
      doc.tokens = table;
      doc.sentences = refineSentences(table, winkDoc.sentences().out(its.span) as unknown as [number, number][], keptIndex, abbreviations);
    },
  };
}

/** Typographic apostrophes as "'"; most words have none, and are returned as they are. */
function foldQuotes(word: string): string {
  return word.includes('’') || word.includes('‘') ? word.replace(/[’‘]/g, "'") : word;
}

/** /^\p{Lu}/u, answered for ASCII without the pattern. */
function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : /^\p{Lu}/u.test(word);
}

function refineSentences(tokens: TokenTable, spans: [number, number][], keptIndex: Int32Array, abbreviations: ReadonlySet<string>): Sentence[] {
  // Boundaries as token indexes where a sentence starts.
  const starts = new Set<number>();
  for (const [first] of spans) {
    let t = -1;
    for (let i = first; i < keptIndex.length && t < 0; i++) t = keptIndex[i];
    if (t >= 0) starts.add(t);
  }
  for (let t = 1; t < tokens.length; t++) {
    if (tokens.has(t, TokenFlag.paragraphBefore)) starts.add(t);
    else if (starts.has(t) && endsWithTitleAbbreviation(tokens, t, abbreviations)) starts.delete(t);
  }
  starts.add(0);
  const ordered = [...starts].filter((t) => t < tokens.length).sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const tokenStart = ordered[i];
    const tokenEnd = i + 1 < ordered.length ? ordered[i + 1] : tokens.length;
    sentences.push({ tokenStart, tokenEnd, cleanStart: tokens.start[tokenStart], cleanEnd: tokens.end[tokenEnd - 1] });
  }
  return sentences;
}

/** True when the token before `t` is "." after a title abbreviation and `t` starts a name. */
function endsWithTitleAbbreviation(tokens: TokenTable, t: number, abbreviations: ReadonlySet<string>): boolean {
  if (t < 2 || !tokens.has(t, TokenFlag.capitalized)) return false;
  if (tokens.text[t - 1] === '.') return abbreviations.has(tokens.lower[t - 2]);
  return tokens.text[t - 1].endsWith('.') && abbreviations.has(tokens.lower[t - 1].slice(0, -1));
}
