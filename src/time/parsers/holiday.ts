// Holidays with a fixed or computable day: "Christmas", "Thanksgiving Day" (the fourth
// Thursday of November), "Election Day", "Easter". The year follows "last"/"next"/"this" or
// the tense, as for a month and day.
import { addDays, formatDay, isoWeekday, type Day } from '../calendar.js';
import { directionOf, resolveMonthDay, type Direction } from '../anchor.js';
import { patternParser } from '../timex-parser.js';
import { firstWordsOf } from '../word-index.js';

/** The n-th `weekday` (ISO) of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first: Day = { year, month, day: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last: Day = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** Easter Sunday (the anonymous Gregorian computus). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}

const HOLIDAYS: Record<string, (year: number) => Day> = {
  'christmas eve': (year) => ({ year, month: 12, day: 24 }),
  'christmas day': (year) => ({ year, month: 12, day: 25 }),
  christmas: (year) => ({ year, month: 12, day: 25 }),
  "new year's eve": (year) => ({ year, month: 12, day: 31 }),
  "new year's day": (year) => ({ year, month: 1, day: 1 }),
  'independence day': (year) => ({ year, month: 7, day: 4 }),
  'the fourth of july': (year) => ({ year, month: 7, day: 4 }),
  'halloween': (year) => ({ year, month: 10, day: 31 }),
  "valentine's day": (year) => ({ year, month: 2, day: 14 }),
  'thanksgiving day': (year) => nthWeekday(year, 11, 4, 4),
  thanksgiving: (year) => nthWeekday(year, 11, 4, 4),
  'labor day': (year) => nthWeekday(year, 9, 1, 1),
  'memorial day': (year) => nthWeekday(year, 5, 1, -1),
  // The Tuesday after the first Monday of November.
  'election day': (year) => addDays(nthWeekday(year, 11, 1, 1), 1),
  'easter sunday': easter,
  easter,
  'good friday': (year) => addDays(easter(year), -2),
};

const NAMES = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((name) => name.replace(/ /g, '\\s+')).join('|');

export const holidayParser = patternParser('holiday', `(?:(last|this|next)\\s+)?(${NAMES})(?:\\s+((?:19|20)\\d\\d))?`, (context, match) => {
  const name = match[2].toLowerCase().replace(/\s+/g, ' ').replace(/[’]/g, "'");
  const dayIn = HOLIDAYS[name];
  if (!dayIn) return null;
  if (match[3]) return { type: 'DATE', value: formatDay(dayIn(Number(match[3]))) };
  const anchor = context.anchor;
  if (!anchor) return null;
  const word = match[1]?.toLowerCase();
  const direction: Direction = word === 'last' ? 'past' : word === 'next' ? 'future' : word === 'this' ? 'nearest' : directionOf(context.tenseAt(match.index));
  // The holiday's month and day in the publication year settle which year is meant; then its own rule gives the day.
  const sameYear = dayIn(anchor.year);
  const { year } = resolveMonthDay(anchor, sameYear.month, sameYear.day, direction);
  return { type: 'DATE', value: formatDay(dayIn(year)) };
}, { starts: ['last', 'this', 'next', ...firstWordsOf(Object.keys(HOLIDAYS))] });
