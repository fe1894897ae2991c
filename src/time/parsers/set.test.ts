import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('set parsers', () => {
  it('reads frequency adverbs', () => {
    expect(timexTriples('The council meets weekly.', '2019-12-08')).toEqual([['weekly', 'SET', 'P1W']]);
    expect(timexTriples('Prices are reviewed annually.', '2019-12-08')).toEqual([['annually', 'SET', 'P1Y']]);
  });

  it('reads "every"/"each" with a unit, a count or a name', () => {
    expect(timexTriples('Talks resume every month.', '2019-12-08')).toEqual([['every month', 'SET', 'P1M']]);
    expect(timexTriples('Elections are held every two years.', '2019-12-08')).toEqual([['every two years', 'SET', 'P2Y']]);
    expect(timexTriples('The fair opens each July.', '2019-12-08')).toEqual([['each July', 'SET', 'XXXX-07']]);
    expect(timexTriples('Ministers meet every Thursday.', '2019-12-08')).toEqual([['every Thursday', 'SET', 'XXXX-WXX-4']]);
    expect(timexTriples('Protesters gather on Tuesday nights.', '2019-12-08')).toEqual([['Tuesday nights', 'SET', 'XXXX-WXX-2TNI']]);
  });

  it('reads a rate after an amount', () => {
    expect(timexTriples('Members pay $50 a year.', '2019-12-08')).toEqual([['a year', 'SET', 'P1Y']]);
  });

  it('leaves names and lengths alone (negatives)', () => {
    expect(timexTriples("The People's Daily published the letter.", '2019-12-08')).toEqual([]);
    expect(timexTriples('He waited a year.', '2019-12-08')).toEqual([['a year', 'DURATION', 'P1Y']]);
  });
});
