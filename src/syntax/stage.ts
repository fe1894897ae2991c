// The syntax stage: each sentence tagged and parsed with the shipped model. The tagger's
// universal tags replace wink's (better on EWT dev: see the README), and every token gets its
// Penn tag, head and relation, which the actors, attribution and events stages read.
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import { SyntaxAnalyser } from './analyser.js';
import type { SyntaxModelData } from './model-file.js';

export function createSyntaxStage(model: SyntaxModelData): Stage {
  const analyser = new SyntaxAnalyser(model);
  return {
    name: 'syntax',
    requires: ['tokens', 'sentences'],
    provides: ['deps'],
    run(doc: Doc) {
      const tokens = doc.tokenTable;
      for (const sentence of doc.sentences) {
        const start = sentence.tokenStart;
        const analysis = analyser.analyse(tokens.text, start, sentence.tokenEnd, tokens.lower);
        for (let i = 0; i < analysis.length; i++) {
          const t = start + i;
          tokens.pos[t] = analyser.upos[analysis.tags[i]];
          tokens.xpos[t] = analyser.xpos[analysis.tags[i]];
          tokens.head[t] = analysis.heads[i] < 0 ? -1 : start + analysis.heads[i];
          tokens.deprel[t] = analyser.labels[analysis.labels[i]];
        }
      }
    },
  };
}
