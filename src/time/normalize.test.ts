import { describe, expect, it } from 'vitest';
import { granularityOfValue } from './normalize.js';

describe('granularityOfValue', () => {
  it('reads the granularity of an ISO value', () => {
    expect(granularityOfValue('2018')).toBe('year');
    expect(granularityOfValue('2018-09')).toBe('month');
    expect(granularityOfValue('2018-09-14')).toBe('day');
    expect(granularityOfValue('2018-09-14T15:00')).toBe('day');
  });

  it('has none for values that are not dates', () => {
    expect(granularityOfValue('XXXX-09')).toBeNull();
    expect(granularityOfValue('P15M')).toBeNull();
    expect(granularityOfValue('PAST_REF')).toBeNull();
    expect(granularityOfValue('2019-Q2')).toBeNull();
  });
});
