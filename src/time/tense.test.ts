import { describe, expect, it } from 'vitest';
import { runUpTo } from '../../test/helpers/article.js';
import { tenseNear, type Tense } from './tense.js';

/** Tense of the clause around the first occurrence of `word` in a one-sentence text. */
function tenseAt(text: string, word: string): Tense {
  const doc = runUpTo('nlp', text, '2019-12-08');
  const tokens = doc.tokenTable;
  const token = tokens.text.indexOf(word);
  expect(token, `token "${word}"`).toBeGreaterThanOrEqual(0);
  const sentence = doc.sentences.find((s) => s.tokenStart <= token && token < s.tokenEnd)!;
  return tenseNear(tokens, token, sentence.tokenStart, sentence.tokenEnd);
}

describe('tenseNear', () => {
  it('reads the past from a past-tense verb or a past auxiliary', () => {
    expect(tenseAt('In January, the U.S. recognized Juan Guaidó.', 'January')).toBe('past');
    expect(tenseAt('The meeting was held on November 21.', 'November')).toBe('past');
    expect(tenseAt('Colombia has recognized Guaidó since January.', 'January')).toBe('past');
  });

  it('reads the future from "will", "is expected to", "is set to"', () => {
    expect(tenseAt('The two leaders will meet in January.', 'January')).toBe('future');
    expect(tenseAt('The talks are expected to resume in January.', 'January')).toBe('future');
    expect(tenseAt('Maduro is set to visit Bogotá in January.', 'January')).toBe('future');
  });

  it('reads the present from a present-tense verb (negative for past and future)', () => {
    expect(tenseAt('The talks are in January.', 'January')).toBe('present');
  });

  it('is unknown without a verb', () => {
    expect(tenseAt('Talks in January', 'January')).toBe('unknown');
  });
});
