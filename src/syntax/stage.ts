// The syntax stage: each sentence tagged and parsed with the shipped model. The tagger reads
// wink's tags as hints, and its universal tags replace them (better on EWT dev: see the
// README); every token gets its
// Penn tag, head and relation, which the actors, attribution and events stages read.
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import { DependencyTree } from '../doc/dependency-tree.js';
import { datelineEnd } from '../doc/dateline.js';
import type { TokenTable } from '../doc/token-table.js';
import { SyntaxAnalyser } from './analyser.js';
import type { SyntaxModelData } from './model-file.js';
import { allSentences, type ParseFilter } from './parse-filter.js';

/** `select`: which sentences to tag and parse (parse-filter.ts); the others keep wink's tags and no tree. */
export function createSyntaxStage(model: SyntaxModelData, select: ParseFilter = allSentences): Stage {
  const analyser = new SyntaxAnalyser(model);
  /** Tags and parses tokens [start, end) as one tree. */
  const analyse = (tokens: TokenTable, start: number, end: number) => {
    // wink's tags, read as hints before the tagger's replace them.
    const analysis = analyser.analyse(tokens.text, start, end, tokens.lower, tokens.pos);
    for (let i = 0; i < analysis.length; i++) {
      const t = start + i;
      tokens.pos[t] = analyser.upos[analysis.tags[i]];
      tokens.xpos[t] = analyser.xpos[analysis.tags[i]];
      tokens.head[t] = analysis.heads[i] < 0 ? -1 : start + analysis.heads[i];
      tokens.deprel[t] = analyser.labels[analysis.labels[i]];
    }
  };
  return {
    name: 'syntax',
    requires: ['tokens', 'sentences'],
    provides: ['deps'],
    run(doc: Doc) {
      const tokens = doc.tokenTable;
      const parse = select(tokens, doc.sentences);
      doc.sentences.forEach((sentence, index) => {
        if (!parse[index]) return;
        // A dateline is parsed apart, so that no word of it becomes the sentence's subject.
        const dateline = datelineEnd(tokens.text, sentence.tokenStart, sentence.tokenEnd);
        if (dateline >= 0) analyse(tokens, sentence.tokenStart, dateline + 1);
        analyse(tokens, dateline >= 0 ? dateline + 1 : sentence.tokenStart, sentence.tokenEnd);
      });
      doc.tree = new DependencyTree(tokens);
    },
  };
}
