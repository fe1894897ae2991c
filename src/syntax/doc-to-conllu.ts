// A parsed article as CoNLL-U: one block per sentence, `# sent_id` from the article id, and in
// MISC each token's character range in the article text as given (TokenRange, as UDPipe
// writes it) beside SpaceAfter=No, so a token can be found in the original.
import type { Doc } from '../doc/doc.js';
import { TokenFlag } from '../doc/token-table.js';
import { formatConllu, type ConlluSentence } from './conllu.js';

export function docToConllu(doc: Doc): string {
  const tokens = doc.tokenTable;
  let out = '';
  doc.sentences.forEach((sentence, index) => {
    const comments = [`sent_id = ${doc.article.id}-${index + 1}`, `text = ${doc.cleanText.slice(sentence.cleanStart, sentence.cleanEnd).replace(/\s+/g, ' ')}`];
    if (index === 0) comments.unshift(`newdoc id = ${doc.article.id}`);
    const conllu: ConlluSentence = { comments, tokens: [], extraLines: new Map() };
    // A dateline is parsed as a tree of its own (stage.ts); CoNLL-U allows one root a sentence, so
    // its root hangs on the body's as `dep`.
    let root = -1;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) if (tokens.head[t] < 0) root = t;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const { start, end } = doc.toOriginal(tokens.start[t], tokens.end[t]);
      const spaceAfter = t + 1 < sentence.tokenEnd && !tokens.has(t + 1, TokenFlag.spaceBefore) ? 'SpaceAfter=No|' : '';
      conllu.tokens.push({
        form: tokens.text[t],
        lemma: tokens.lemma[t],
        upos: tokens.pos[t],
        xpos: tokens.xpos[t],
        feats: '_',
        head: t === root ? 0 : (tokens.head[t] < 0 ? root : tokens.head[t]) - sentence.tokenStart + 1,
        deprel: t === root ? 'root' : tokens.head[t] < 0 ? 'dep' : tokens.deprel[t],
        noSpaceAfter: spaceAfter !== '',
        misc: `${spaceAfter}TokenRange=${start}:${end}`,
      });
    }
    out += formatConllu(conllu);
  });
  return out;
}
