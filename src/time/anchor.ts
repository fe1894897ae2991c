// Values of expressions whose meaning depends on the publication date and the tense:
// "Friday", "in January", "last week", "two years ago". Without a publication date the
// unknown digits are written X, as TIMEX3 does ("XXXX-09").
import { addDays, addMonths, compareDays, formatDay, formatMonth, formatQuarter, formatWeek, formatYear, isoWeekday, quarterOf, type Day } from './calendar.js';
import type { Tense } from './tense.js';

/** Which way an expression without a year points: what the tense says, or an explicit "last"/"next". */
export type Direction = 'past' | 'future' | 'nearest';

/** Past and future tense point their way; present and unknown take the nearest date. */
export function directionOf(tense: Tense): Direction {
  return tense === 'past' ? 'past' : tense === 'future' ? 'future' : 'nearest';
}

/**
 * "Friday": the most recent Friday (the publication day itself when it is a Friday) unless the
 * clause is future, then the next one. Explicit "last"/"next" never give the publication day.
 */
export function resolveWeekday(anchor: Day, weekday: number, direction: Direction, explicit = false): Day {
  const today = isoWeekday(anchor);
  const back = (today - weekday + 7) % 7;
  // "will meet on Wednesday" written on a Wednesday is that day; "next Wednesday" the one after.
  if (direction === 'future') return addDays(anchor, back === 0 ? (explicit ? 7 : 0) : 7 - back);
  if (explicit && back === 0) return addDays(anchor, -7);
  return addDays(anchor, -back);
}

/**
 * Past or future by the tense, except that a past tense does not move a date that is days
 * ahead a whole year back: in news the past tense is often the reporting verb's ("the company
 * said it will pay the dividend Nov. 16" in a Nov. 2 article). A future marker is specific.
 */
function pick<T>(past: T, future: T, pastDistance: number, futureDistance: number, direction: Direction, near: number, far: number): T {
  if (direction === 'past') return futureDistance <= near && pastDistance >= far ? future : past;
  if (direction === 'future') return future;
  return futureDistance < pastDistance ? future : past;
}

/** "in January": the most recent January (the current month included), the next, or the nearer of the two. */
export function resolveMonth(anchor: Day, month: number, direction: Direction): { year: number; month: number } {
  const past = month <= anchor.month ? anchor.year : anchor.year - 1;
  const future = month >= anchor.month ? anchor.year : anchor.year + 1;
  const distance = (year: number) => Math.abs(year * 12 + month - (anchor.year * 12 + anchor.month));
  // No override by distance here: "In January, the U.S. recognized …" in a December article is eleven months back.
  return { year: pick(past, future, distance(past), distance(future), direction, -1, 12), month };
}

/** "on November 21": as resolveMonth, at day precision. */
export function resolveMonthDay(anchor: Day, month: number, day: number, direction: Direction): Day {
  const inYear = (year: number) => ({ year, month, day });
  const thisYear = inYear(anchor.year);
  const past = compareDays(thisYear, anchor) <= 0 ? thisYear : inYear(anchor.year - 1);
  const future = compareDays(thisYear, anchor) >= 0 ? thisYear : inYear(anchor.year + 1);
  const days = (d: Day) => Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(anchor.year, anchor.month - 1, anchor.day)) / 86_400_000;
  return pick(past, future, days(past), days(future), direction, 45, 240);
}

/** Calendar units that relative expressions shift by ("last week", "two years ago"). */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** The `unit` that lies `offset` units from the anchor's, at that unit's precision: ("week", -1) → 1998-W08. */
export function shiftedValue(anchor: Day | null, unit: CalendarUnit, offset: number): string {
  if (!anchor) return UNKNOWN[unit];
  switch (unit) {
    case 'day':
      return formatDay(addDays(anchor, offset));
    case 'week':
      return formatWeek(addDays(anchor, offset * 7));
    case 'weekend':
      return `${formatWeek(addDays(anchor, offset * 7))}-WE`;
    case 'month': {
      const { year, month } = addMonths(anchor.year, anchor.month, offset);
      return formatMonth(year, month);
    }
    case 'quarter': {
      const { year, month } = addMonths(anchor.year, anchor.month, offset * 3);
      return formatQuarter(year, quarterOf(month));
    }
    case 'half': {
      const { year, month } = addMonths(anchor.year, anchor.month, offset * 6);
      return `${formatYear(year)}-H${month <= 6 ? 1 : 2}`;
    }
    case 'year':
      return formatYear(anchor.year + offset);
    case 'decade':
      return formatYear(anchor.year + offset * 10).slice(0, 3);
    case 'century':
      return formatYear(anchor.year + offset * 100).slice(0, 2);
  }
}

const UNKNOWN: Record<CalendarUnit, string> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', year: 'XXXX', decade: 'XXX', century: 'XX',
};
