import { describe, expect, it } from 'vitest';
import { resolveMonth, resolveMonthDay, resolveWeekday, shiftedValue } from './anchor.js';

const thursday = { year: 2024, month: 3, day: 14 };

describe('anchor', () => {
  it('resolves a weekday backwards (the day itself included), forwards, or strictly back after "last"', () => {
    expect(resolveWeekday(thursday, 5, 'past')).toEqual({ year: 2024, month: 3, day: 8 });
    expect(resolveWeekday(thursday, 4, 'past')).toEqual(thursday);
    expect(resolveWeekday(thursday, 4, 'past', true)).toEqual({ year: 2024, month: 3, day: 7 });
    expect(resolveWeekday(thursday, 1, 'future')).toEqual({ year: 2024, month: 3, day: 18 });
  });

  it('resolves a month by tense; without one, to the nearer occurrence', () => {
    const december = { year: 2019, month: 12, day: 8 };
    expect(resolveMonth(december, 1, 'past')).toEqual({ year: 2019, month: 1 });
    expect(resolveMonth(december, 1, 'future')).toEqual({ year: 2020, month: 1 });
    expect(resolveMonth(december, 1, 'nearest')).toEqual({ year: 2020, month: 1 });
    expect(resolveMonth(december, 12, 'past')).toEqual({ year: 2019, month: 12 });
  });

  it('does not move a day a few weeks ahead a year back for a past tense', () => {
    expect(resolveMonthDay({ year: 1989, month: 11, day: 2 }, 11, 16, 'past')).toEqual({ year: 1989, month: 11, day: 16 });
    expect(resolveMonthDay({ year: 1989, month: 11, day: 2 }, 10, 16, 'past')).toEqual({ year: 1989, month: 10, day: 16 });
    expect(resolveMonthDay({ year: 2025, month: 12, day: 1 }, 11, 21, 'future')).toEqual({ year: 2026, month: 11, day: 21 });
  });

  it('shifts calendar units and writes them at their precision', () => {
    expect(shiftedValue(thursday, 'week', -1)).toBe('2024-W10');
    expect(shiftedValue(thursday, 'quarter', -1)).toBe('2023-Q4');
    expect(shiftedValue(thursday, 'half', 0)).toBe('2024-H1');
    expect(shiftedValue(thursday, 'decade', 0)).toBe('202');
    expect(shiftedValue(null, 'month', -1)).toBe('XXXX-XX');
  });
});
