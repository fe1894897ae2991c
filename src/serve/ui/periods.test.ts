import { describe, expect, it } from 'vitest';
import { boundDays, nextPeriod, periodEnd, periodRange, sinceValue, untilValue } from './periods.js';

describe('timeline periods', () => {
  it('steps by day, week and month across month and year ends', () => {
    expect(nextPeriod('2024-02-28', 'day')).toBe('2024-02-29');
    expect(nextPeriod('2024-12-30', 'week')).toBe('2025-01-06');
    expect(nextPeriod('2024-12-01', 'month')).toBe('2025-01-01');
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2025-03-17', 'week')).toBe('2025-03-23');
  });

  it('lists the periods between two, or gives up past the maximum', () => {
    expect(periodRange('2025-01-01', '2025-03-01', 'month', 10)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
    expect(periodRange('2025-01-01', '2025-12-31', 'day', 100)).toBeNull();
  });

  it('writes filter bounds the API reads at the right granularity', () => {
    expect([sinceValue('2025-03-01', 'month'), untilValue('2025-03-01', 'month')]).toEqual(['2025-03', '2025-03']);
    expect([sinceValue('2025-03-17', 'week'), untilValue('2025-03-17', 'week')]).toEqual(['2025-03-17', '2025-03-23']);
    expect(boundDays('2025')).toEqual({ first: '2025-01-01', last: '2025-12-31' });
    expect(boundDays('2025-02')).toEqual({ first: '2025-02-01', last: '2025-02-28' });
    expect(boundDays('last week')).toBeNull();
  });
});
