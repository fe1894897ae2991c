import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatWeek, isoWeek, isoWeekday, parseDay } from './calendar.js';

describe('calendar', () => {
  it('reads the day of an ISO date or date-time, and nothing else', () => {
    expect(parseDay('1998-03-01T14:11:00')).toEqual({ year: 1998, month: 3, day: 1 });
    expect(parseDay('2019-02-30')).toBeNull();
    expect(parseDay('March 1998')).toBeNull();
    expect(parseDay(null)).toBeNull();
  });

  it('adds days and months across year ends', () => {
    expect(addDays({ year: 1999, month: 12, day: 31 }, 1)).toEqual({ year: 2000, month: 1, day: 1 });
    expect(addMonths(1998, 1, -2)).toEqual({ year: 1997, month: 11 });
  });

  it('numbers ISO weekdays and weeks; a week belongs to the year of its Thursday', () => {
    expect(isoWeekday({ year: 2024, month: 3, day: 14 })).toBe(4);
    expect(isoWeekday({ year: 1998, month: 3, day: 1 })).toBe(7);
    expect(isoWeek({ year: 1998, month: 3, day: 1 })).toEqual({ year: 1998, week: 9 });
    expect(formatWeek({ year: 2021, month: 1, day: 3 })).toBe('2020-W53');
    expect(formatWeek({ year: 2019, month: 12, day: 30 })).toBe('2020-W01');
  });
});
