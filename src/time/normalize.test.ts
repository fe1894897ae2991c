import { describe, expect, it } from 'vitest';
import { formatDate, granularityOfValue } from './normalize.js';

describe('formatDate', () => {
  it('writes only the granularity the text supports', () => {
    expect(formatDate(2018, 9, 14, 'year')).toBe('2018');
    expect(formatDate(2018, 9, 14, 'month')).toBe('2018-09');
    expect(formatDate(2018, 9, 4, 'day')).toBe('2018-09-04');
  });
});

describe('granularityOfValue', () => {
  it('reads the granularity of an ISO value', () => {
    expect(granularityOfValue('2018')).toBe('year');
    expect(granularityOfValue('2018-09')).toBe('month');
    expect(granularityOfValue('2018-09-14')).toBe('day');
  });

  it('has none for values that are not dates', () => {
    expect(granularityOfValue('XXXX-09')).toBeNull();
    expect(granularityOfValue('P15M')).toBeNull();
    expect(granularityOfValue('PAST_REF')).toBeNull();
  });
});
