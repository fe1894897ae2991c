import { describe, expect, it } from 'vitest';
import { dateInterval } from './date-interval.js';

describe('dateInterval', () => {
  it('covers a whole year, a whole month or one day', () => {
    expect(dateInterval('2018')).toMatchObject({ start: '2018-01-01', end: '2018-12-31', granularity: 'year', month: null });
    expect(dateInterval('2018-09')).toMatchObject({ start: '2018-09-01', end: '2018-09-30', granularity: 'month', month: 9 });
    expect(dateInterval('2018-09-14')).toMatchObject({ start: '2018-09-14', end: '2018-09-14', granularity: 'day', day: 14 });
  });

  it('knows the length of February', () => {
    expect(dateInterval('2020-02')?.end).toBe('2020-02-29');
    expect(dateInterval('2019-02')?.end).toBe('2019-02-28');
    expect(dateInterval('2019-02-29')).toBeNull();
  });

  it('reads a date with a time of day as its day', () => {
    expect(dateInterval('2025-11-21T14:30Z')).toMatchObject({ start: '2025-11-21', granularity: 'day' });
    expect(dateInterval('2025-11-21T14:30:05.250+01:00')?.end).toBe('2025-11-21');
  });

  it('declines what is not a calendar date', () => {
    for (const value of ['', 'September 2018', '2018-13', '2018-00', '2018-09-31', '2018-9', 'P15M', 'PRESENT_REF', '2018-W37', '2018-09T10:00']) {
      expect(dateInterval(value), value).toBeNull();
    }
  });
});
