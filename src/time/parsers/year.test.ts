import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('yearParser', () => {
  it('reads a year on its own, "fiscal 1989" and "the year 2000"', () => {
    expect(timexTriples('Pete Sessions visited Caracas in 2018.', '2019-12-08')).toEqual([['2018', 'DATE', '2018']]);
    expect(timexTriples('Profit rose in fiscal 1989.', '1989-11-02')).toEqual([['fiscal 1989', 'DATE', '1989']]);
    expect(timexTriples('Plans reach to the year 2010.', '1998-03-03')).toEqual([['the year 2010', 'DATE', '2010']]);
  });

  it('declines counts, amounts and numbers that only look like years (negatives)', () => {
    expect(timexTriples('About 2000 troops crossed the border.', '1998-03-03')).toEqual([]);
    expect(timexTriples('The ministry hired 1500 workers.', '1998-03-03')).toEqual([]);
    expect(timexTriples('The bill cost $1999.50 in all.', '1998-03-03')).toEqual([]);
    expect(timexTriples('Turnout was 1995 percent of the quota.', '1998-03-03')).toEqual([]);
  });
});
