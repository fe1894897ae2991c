import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('quarterParser', () => {
  it('writes quarters and halves with their year', () => {
    expect(timexTriples('Sales fell in the third quarter of 1984.', '1989-10-26')).toEqual([['the third quarter of 1984', 'DATE', '1984-Q3']]);
    expect(timexTriples('Output recovered in the first half of 1990.', '1989-10-26')).toEqual([['the first half of 1990', 'DATE', '1990-H1']]);
    expect(timexTriples('Profit rose in the 1988 second quarter.', '1989-10-26')).toEqual([['the 1988 second quarter', 'DATE', '1988-Q2']]);
  });

  it('without a year, takes the most recent such quarter in a past clause and the next in a future one', () => {
    expect(timexTriples('Profit rose in the third quarter.', '1989-10-26')).toEqual([['the third quarter', 'DATE', '1989-Q3']]);
    expect(timexTriples('The company lost money in the fourth quarter.', '1989-03-10')).toEqual([['the fourth quarter', 'DATE', '1988-Q4']]);
    expect(timexTriples('The plant will reopen in the second quarter.', '1989-10-26')).toEqual([['the second quarter', 'DATE', '1990-Q2']]);
  });

  it('leaves out every determiner but "the", and all of them before an adjective', () => {
    expect(timexTriples('Its third quarter was weak.', '1989-10-26')).toEqual([['third quarter', 'DATE', '1989-Q3']]);
    expect(timexTriples('The firm posted a third-quarter loss.', '1989-10-26')).toEqual([['third-quarter', 'DATE', '1989-Q3']]);
  });

  it('moves "year-earlier" and "last year\'s" quarters a year back', () => {
    expect(timexTriples('Sales beat the year-earlier third quarter.', '1989-10-26')).toEqual([['the year-earlier third quarter', 'DATE', '1988-Q3']]);
    expect(timexTriples('Sales beat last year\'s fourth quarter.', '1989-10-26')).toEqual([["last year's fourth quarter", 'DATE', '1988-Q4']]);
  });

  it('does not read a fraction as a quarter (negative)', () => {
    expect(timexTriples('A third of voters and three-quarters of the staff agreed.', '1989-10-26')).toEqual([]);
  });
});

describe('reportedQuarterParser', () => {
  it('reads "the quarter" and "the latest quarter" as the quarter just reported', () => {
    expect(timexTriples('Earnings fell in the quarter.', '1989-10-26')).toEqual([['the quarter', 'DATE', '1989-Q3']]);
    expect(timexTriples('Revenue rose in the latest quarter.', '1989-11-02')).toEqual([['the latest quarter', 'DATE', '1989-Q3']]);
    expect(timexTriples('Revenue was flat in the year-ago quarter.', '1989-11-02')).toEqual([['the year-ago quarter', 'DATE', '1988-Q3']]);
  });

  it('leaves "the period" alone (negative)', () => {
    expect(timexTriples('Revenue was flat in the period.', '1989-11-02')).toEqual([]);
  });
});
