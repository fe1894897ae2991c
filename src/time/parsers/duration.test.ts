import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';
import { durationValue } from './duration.js';

describe('durationValue', () => {
  it('writes calendar and clock units, fractions in the next smaller unit', () => {
    expect(durationValue(15, 'month')).toBe('P15M');
    expect(durationValue(2, 'hour')).toBe('PT2H');
    expect(durationValue(2.5, 'year')).toBe('P2Y6M');
    expect(durationValue(5.5, 'hour')).toBe('PT5H30M');
    expect(durationValue(1.5, 'day')).toBe('P1DT12H');
    expect(durationValue(2, 'decade')).toBe('P20Y');
    expect(durationValue(null, 'year')).toBe('PXY');
    expect(durationValue(null, 'minute')).toBe('PTXM');
  });
});

describe('durationParser', () => {
  it('reads counted units in words and digits', () => {
    expect(timexTriples('The term lasts 15 months.', '2019-12-08')).toEqual([['15 months', 'DURATION', 'P15M']]);
    expect(timexTriples('He served three years in prison.', '2019-12-08')).toEqual([['three years', 'DURATION', 'P3Y']]);
    expect(timexTriples('The talks went on for two hours.', '2019-12-08')).toEqual([['two hours', 'DURATION', 'PT2H']]);
    expect(timexTriples('The siege lasted twenty-four days.', '2019-12-08')).toEqual([['twenty-four days', 'DURATION', 'P24D']]);
    expect(timexTriples('The blockade lasted 2 1/2 years.', '2019-12-08')).toEqual([['2 1/2 years', 'DURATION', 'P2Y6M']]);
  });

  it('takes "the past", "the first" and qualifiers into the span', () => {
    expect(timexTriples('Prices rose over the past two months.', '2019-12-08')).toEqual([['the past two months', 'DURATION', 'P2M']]);
    expect(timexTriples('Sales rose in the first nine months.', '2019-12-08')).toEqual([['the first nine months', 'DURATION', 'P9M']]);
    expect(timexTriples('The strike lasted nearly two months.', '2019-12-08')).toEqual([['nearly two months', 'DURATION', 'P2M']]);
    expect(timexTriples('They were held for at least 30 days.', '2019-12-08')).toEqual([['at least 30 days', 'DURATION', 'P30D']]);
  });

  it('reads unknown counts as X', () => {
    expect(timexTriples('The war lasted several years.', '2019-12-08')).toEqual([['several years', 'DURATION', 'PXY']]);
    expect(timexTriples('Aid will arrive within the next few days.', '2019-12-08')).toEqual([['the next few days', 'DURATION', 'PXD']]);
    expect(timexTriples('They have waited for years.', '2019-12-08')).toEqual([['years', 'DURATION', 'PXY']]);
  });

  it('reads an adjective without its determiner: "a 10-year bond"', () => {
    expect(timexTriples('The government sold a 10-year bond.', '2019-12-08')).toEqual([['10-year', 'DURATION', 'P10Y']]);
  });

  it('does not read ages, ordinals or fractions as lengths of time (negatives)', () => {
    expect(timexTriples('A 45-year-old man and his six-year-old son were hurt.', '2019-12-08')).toEqual([]);
    expect(timexTriples('He won a second term.', '2019-12-08')).toEqual([]);
    expect(timexTriples('A quarter of the vote went to him.', '2019-12-08')).toEqual([]);
  });
});

describe('halfUnitParser and spanOfUnitParser', () => {
  it('reads "half an hour", "the past year", "recent weeks"', () => {
    expect(timexTriples('The meeting lasted half an hour.', '2019-12-08')).toEqual([['half an hour', 'DURATION', 'PT30M']]);
    expect(timexTriples('Exports grew over the past year.', '2019-12-08')).toEqual([['the past year', 'DURATION', 'P1Y']]);
    expect(timexTriples('Fighting intensified in recent weeks.', '2019-12-08')).toEqual([['recent weeks', 'DURATION', 'PXW']]);
  });
});
