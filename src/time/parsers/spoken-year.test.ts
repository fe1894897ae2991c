import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('spokenYearParser', () => {
  it('reads years as transcripts spell them', () => {
    expect(timexTriples('The treaty was signed in nineteen ninety-six.', '1998-02-27')).toEqual([['nineteen ninety-six', 'DATE', '1996']]);
    expect(timexTriples('He first ran in nineteen eighty.', '1998-02-27')).toEqual([['nineteen eighty', 'DATE', '1980']]);
    expect(timexTriples('The goal is set for the year two thousand.', '1998-02-27')).toEqual([['the year two thousand', 'DATE', '2000']]);
  });

  it('joins a spoken year to the month before it', () => {
    expect(timexTriples('Talks stalled in January nineteen ninety-seven.', '1998-02-27')).toEqual([['January nineteen ninety-seven', 'DATE', '1997-01']]);
  });

  it('leaves "two thousand" as a count without "the year" (negative)', () => {
    expect(timexTriples('Police detained two thousand protesters.', '1998-02-27')).toEqual([]);
  });
});
