// Calendar dates, weekdays and clock times as chrono reads them ("Sept. 14, 2018", "Nov. 9",
// "Friday", "10:35 a.m. EST"), turned into TIMEX3 values. chrono resolves a missing year or
// a bare weekday to the nearest date; here the clause's tense decides instead: "met on
// Friday" is the Friday before publication, "will meet on Friday" the one after.
import type { Chrono, ParsedResult } from 'chrono-node';
import { addDays, formatDay, formatMonth, isoWeekday, type Day } from '../calendar.js';
import { directionOf, resolveMonth, resolveMonthDay, resolveWeekday, type Direction } from '../anchor.js';
import type { TimexCandidate, TimexContext, TimexParser } from '../timex-parser.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Words chrono keeps in front of a date that TIMEX3 leaves out: "on Friday", "at 7 o'clock". */
const LEADING_PREPOSITION = /^(?:on|at|in|by|of|from|since|until|till)\s+/i;

export function chronoCalendarParser(chrono: Chrono): TimexParser {
  return {
    name: 'chrono',
    find(context) {
      const reference = context.anchor ? new Date(Date.UTC(context.anchor.year, context.anchor.month - 1, context.anchor.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
      const found: TimexCandidate[] = [];
      for (const result of chrono.parse(context.text, { instant: reference, timezone: 0 })) {
        const candidate = toCandidate(context, result);
        if (candidate) found.push(candidate);
      }
      return found;
    },
  };
}

function toCandidate(context: TimexContext, result: ParsedResult): TimexCandidate | null {
  let start = result.index;
  let text = result.text;
  const leading = LEADING_PREPOSITION.exec(text);
  if (leading) {
    start += leading[0].length;
    text = text.slice(leading[0].length);
  }
  const end = start + text.length;
  // chrono's "in may" passes its filter for lower-case "may" (src/time/refiners/month-word-filter.ts) until "in" is cut.
  if (/^(?:may|march|sat|sun|mon|wed|second)$/.test(text)) return null;
  const tags = result.tags();
  const rule = [...tags].find((tag) => tag.startsWith('annalist/')) ?? [...tags].find((tag) => tag.startsWith('parser/'))?.replace('parser/', 'chrono/') ?? 'chrono';
  const c = result.start;
  const direction = explicitDirection(text) ?? directionOf(context.tenseAt(start));

  if (c.isCertain('hour')) {
    // "at 10" and "8 to 10" are numbers as often as times: a clock time needs a.m./p.m., a colon or "o'clock".
    if (!/[ap]\.?\s?m\b|:\d\d|o'clock|in the (?:morning|afternoon|evening)|noon|midnight/i.test(text)) return null;
    const date = dateOf(context, c, direction, text);
    const minute = c.get('minute') ?? 0;
    const dayImplied = !c.isCertain('day') && !c.isCertain('weekday');
    return { start, end, type: 'TIME', value: `${date.value}T${pad(c.get('hour') ?? 0)}:${pad(minute)}`, rule, yearImplied: date.yearImplied, dayImplied };
  }
  if (c.isCertain('day') && c.isCertain('month') || c.isCertain('weekday')) {
    if (!c.isCertain('day') && /^(?:sun|sat|mon|tues?|wed|thu|thurs|fri)\.?$/i.test(text)) return null;
    if (/^\d{1,2}\/\d{1,2}$/.test(text) && !/\d\d/.test(text)) return null; // "1/2" is a half, not January 2
    const date = dateOf(context, c, direction, text);
    return { start, end, type: 'DATE', value: date.value, rule, yearImplied: date.yearImplied };
  }
  if (c.isCertain('month')) {
    const month = c.get('month')!;
    const lastMonthName = tags.has('annalist/last-month-name');
    if (c.isCertain('year') && !lastMonthName) return { start, end, type: 'DATE', value: formatMonth(c.get('year')!, month), rule };
    if (!context.anchor) return { start, end, type: 'DATE', value: `XXXX-${pad(month)}`, rule };
    // "last September" was anchored by its parser (its year is a reading, not text); a bare month follows the tense.
    const year = lastMonthName ? c.get('year')! : resolveMonth(context.anchor, month, direction).year;
    return { start, end, type: 'DATE', value: formatMonth(year, month), rule, yearImplied: true };
  }
  return null;
}

function explicitDirection(text: string): Direction | null {
  if (/^(?:last|past|previous|this past)\b/i.test(text)) return 'past';
  if (/^(?:next|coming)\b/i.test(text)) return 'future';
  return null;
}

/** The day of a chrono result, with its year resolved by tense when the text has none. */
function dateOf(context: TimexContext, c: ParsedResult['start'], direction: Direction, text: string): { value: string; yearImplied: boolean } {
  const anchor = context.anchor;
  if (c.isCertain('day') && c.isCertain('month')) {
    const month = c.get('month')!;
    const day = c.get('day')!;
    if (c.isCertain('year')) return { value: formatDay({ year: c.get('year')!, month, day }), yearImplied: false };
    if (!anchor) return { value: `XXXX-${pad(month)}-${pad(day)}`, yearImplied: true };
    return { value: formatDay(resolveMonthDay(anchor, month, day, direction)), yearImplied: true };
  }
  if (c.isCertain('weekday')) {
    const weekday = ((c.get('weekday')! + 6) % 7) + 1; // chrono: Sunday 0; ISO: Sunday 7
    if (!anchor) return { value: `XXXX-WXX-${weekday}`, yearImplied: false };
    return { value: formatDay(weekdayDate(anchor, weekday, direction, text)), yearImplied: false };
  }
  // A clock time alone is on the publication day until a refiner finds its date in the text.
  return { value: anchor ? formatDay(anchor) : 'XXXX-XX-XX', yearImplied: false };
}

/** "this Friday" is the Friday of the publication week; "last Friday" is never the publication day. */
function weekdayDate(anchor: Day, weekday: number, direction: Direction, text: string): Day {
  if (/^this\b/i.test(text)) return addDays(anchor, weekday - isoWeekday(anchor));
  return resolveWeekday(anchor, weekday, direction, explicitDirection(text) !== null);
}
