// Scores of the tagger and parser against gold trees, on the gold tokens: UPOS accuracy,
// unlabelled and labelled attachment over every word (punctuation included), and labelled
// attachment on universal relations alone, as the CoNLL 2018 shared task's script scores it.
import type { SyntaxAnalyser } from './analyser.js';
import type { ConlluSentence } from './conllu.js';
import { winkHints } from './wink-hints.js';

export interface ParseScore {
  sentences: number;
  words: number;
  upos: number;
  xpos: number;
  uas: number;
  las: number;
  /** LAS with relation subtypes ignored (nsubj:pass counts as nsubj). */
  lasUniversal: number;
}

export function scoreParses(analyser: SyntaxAnalyser, sentences: readonly ConlluSentence[]): ParseScore {
  let words = 0, upos = 0, xpos = 0, attached = 0, labelled = 0, universal = 0;
  const forms: string[] = [];
  for (const sentence of sentences) {
    forms.length = 0;
    for (const token of sentence.tokens) forms.push(token.form);
    const analysis = analyser.analyse(forms, 0, forms.length, undefined, winkHints(forms, sentence.tokens.map((t) => t.noSpaceAfter)));
    sentence.tokens.forEach((token, i) => {
      words++;
      if (analyser.upos[analysis.tags[i]] === token.upos) upos++;
      if (analyser.xpos[analysis.tags[i]] === token.xpos) xpos++;
      if (analysis.heads[i] + 1 !== token.head) return;
      attached++;
      const label = analyser.labels[analysis.labels[i]];
      if (label === token.deprel) labelled++;
      if (label.split(':')[0] === token.deprel.split(':')[0]) universal++;
    });
  }
  const share = (count: number) => (words === 0 ? 0 : count / words);
  return { sentences: sentences.length, words, upos: share(upos), xpos: share(xpos), uas: share(attached), las: share(labelled), lasUniversal: share(universal) };
}
