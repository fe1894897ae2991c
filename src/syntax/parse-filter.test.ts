import { describe, expect, it } from 'vitest';
import { defaultAnnalist, runUpTo } from '../../test/helpers/article.js';
import { TriggerIndex } from '../events/trigger-index.js';
import { allSentences, eventSentences } from './parse-filter.js';

describe('which sentences are parsed', () => {
  const text = 'The weather was fine. Russia attacked Ukraine on Monday. Officials said so. The match ended in a draw.';
  const doc = runUpTo('nlp', text, '2024-03-14');
  const { lexicons } = defaultAnnalist();

  it('a sentence with an event trigger, and a neighbour with an attribution cue; not the others', () => {
    const select = eventSentences(new TriggerIndex(lexicons.eventPatterns), lexicons.attribution);
    expect([...select(doc.tokenTable, doc.sentences)]).toEqual([0, 1, 1, 0]);
  });

  it('every sentence, for the commands that show every parse or attribution', () => {
    expect([...allSentences(doc.tokenTable, doc.sentences)]).toEqual([1, 1, 1, 1]);
  });
});
