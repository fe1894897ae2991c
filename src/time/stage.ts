// Time expressions with TIMEX3 types and values, anchored to the publication date and
// refined with what a pattern alone cannot see: the clause's tense and the rest of the
// document. The parsers and refiners are listed in ./configuration.ts.
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import type { Timex } from '../doc/layers.js';
import { sentenceAt } from '../doc/sentence-at.js';
import { tokenAtOffset } from '../doc/token-at.js';
import { createTimexParsers, createTimexRefiners } from './configuration.js';
import { parseDay } from './calendar.js';
import { tenseNear, type Tense } from './tense.js';
import { recognize, type TimexContext } from './timex-parser.js';

export function createTimeStage(): Stage {
  const parsers = createTimexParsers();
  const refiners = createTimexRefiners();
  return {
    name: 'time',
    requires: ['tokens', 'sentences'],
    provides: ['timexes'],
    run(doc: Doc) {
      const context: TimexContext = { text: doc.cleanText, anchor: parseDay(doc.article.published), tenseAt: (offset) => tenseAt(doc, offset) };
      doc.timexes = recognize(context, parsers, refiners).map((candidate): Timex => ({
        cleanStart: candidate.start,
        cleanEnd: candidate.end,
        text: doc.cleanText.slice(candidate.start, candidate.end),
        type: candidate.type,
        value: candidate.value,
        sentence: sentenceAt(doc.sentences, candidate.start),
        rule: candidate.rule,
      }));
    },
  };
}

function tenseAt(doc: Doc, offset: number): Tense {
  const sentence = doc.sentences[sentenceAt(doc.sentences, offset)];
  if (!sentence) return 'unknown';
  const token = Math.min(Math.max(tokenAtOffset(doc.tokenTable, offset), sentence.tokenStart), sentence.tokenEnd - 1);
  return tenseNear(doc.tokenTable, token, sentence.tokenStart, sentence.tokenEnd);
}
