import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('referenceWordParser', () => {
  it('reads present, past and future references', () => {
    expect(timexTriples('The opposition is now in talks.', '2019-12-08')).toEqual([['now', 'DATE', 'PRESENT_REF']]);
    expect(timexTriples('He currently leads the party.', '2019-12-08')).toEqual([['currently', 'DATE', 'PRESENT_REF']]);
    expect(timexTriples('Both sides recently met.', '2019-12-08')).toEqual([['recently', 'DATE', 'PAST_REF']]);
    expect(timexTriples('He formerly led the army.', '2019-12-08')).toEqual([['formerly', 'DATE', 'PAST_REF']]);
    expect(timexTriples('Such deals failed in the past.', '2019-12-08')).toEqual([['the past', 'DATE', 'PAST_REF']]);
    expect(timexTriples('Talks may resume in the near future.', '2019-12-08')).toEqual([['the near future', 'DATE', 'FUTURE_REF']]);
  });

  it('leaves words that are not about time alone (negatives)', () => {
    expect(timexTriples('The current account deficit widened.', '2019-12-08')).toEqual([]);
    expect(timexTriples('Oil future contracts fell.', '2019-12-08')).toEqual([]);
  });
});
