import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('relativeUnitParser', () => {
  it('names the unit before, at or after the publication date\'s', () => {
    // 1998-03-01 is a Sunday, in ISO week 9.
    expect(timexTriples('Prices fell last week.', '1998-03-01')).toEqual([['last week', 'DATE', '1998-W08']]);
    expect(timexTriples('Prices fell last month.', '1998-03-01')).toEqual([['last month', 'DATE', '1998-02']]);
    expect(timexTriples('Elections are due next year.', '2019-12-08')).toEqual([['next year', 'DATE', '2020']]);
    expect(timexTriples('Rates rose this quarter.', '2019-12-08')).toEqual([['this quarter', 'DATE', '2019-Q4']]);
    expect(timexTriples('Protests spread last weekend.', '2019-12-11')).toEqual([['last weekend', 'DATE', '2019-W49-WE']]);
  });

  it('"last year\'s elections" in a 2019 article is 2018', () => {
    expect(timexTriples("Observers criticized last year's elections.", '2019-12-08')).toEqual([['last year', 'DATE', '2018']]);
  });

  it('without a publication date has unknown digits', () => {
    expect(timexTriples('Prices fell last week.', null)).toEqual([['last week', 'DATE', 'XXXX-WXX']]);
    expect(timexTriples('Elections are due next year.', null)).toEqual([['next year', 'DATE', 'XXXX']]);
  });

  it('counts a stretch of time with "the": "the last week" is a week long (negative for a date)', () => {
    expect(timexTriples('Prices fell over the last week.', '1998-03-01')).toEqual([['the last week', 'DURATION', 'P1W']]);
  });
});

describe('weekendParser', () => {
  it('is the weekend just past in a past clause, else the coming one', () => {
    // 1989-10-30 is a Monday.
    expect(timexTriples('Rebels attacked the town over the weekend.', '1989-10-30')).toEqual([['the weekend', 'DATE', '1989-W43-WE']]);
    expect(timexTriples('Rebels will march this weekend.', '1989-10-30')).toEqual([['this weekend', 'DATE', '1989-W44-WE']]);
  });
});
