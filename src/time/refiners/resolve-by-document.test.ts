import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('resolveByDocument', () => {
  it('an explicit "September 2018" fixes "last September" in the same article', () => {
    expect(timexTriples('Giuliani spoke with Maduro last September. The September 2018 call was brief.', '2019-12-08'))
      .toEqual([['last September', 'DATE', '2018-09'], ['September 2018', 'DATE', '2018-09']]);
  });

  it('the same day written with its year fixes a day without one', () => {
    expect(timexTriples('The vote was on Nov. 17. Results of the Nov. 17, 1988, vote were annulled.', '1989-10-27'))
      .toEqual([['Nov. 17', 'DATE', '1988-11-17'], ['Nov. 17, 1988', 'DATE', '1988-11-17']]);
  });

  it('keeps the inferred year when the explicit ones disagree or lie far (negatives)', () => {
    expect(timexTriples('They met last September. They also met in September 2018 and in September 2019.', '2019-12-08')[0]).toEqual(['last September', 'DATE', '2019-09']);
    expect(timexTriples('They met last September. In September 2015 they had quarreled.', '2019-12-08')[0]).toEqual(['last September', 'DATE', '2019-09']);
  });
});
