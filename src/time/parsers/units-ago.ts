// A date counted back or forward from the publication date, at the precision of the unit:
// "two years ago" 1996, "three months ago" 1997-11, "six weeks ago" 1997-W53, "10 days ago"
// 1998-03-12, "a year earlier" 1997, "two weeks from now". Vague counts ("a few years ago")
// only say that the date lies in the past or future. "Three days later" and "two years
// before" count from an event, not from publication: only their length is read (durations).
import { shiftedValue, type CalendarUnit } from '../anchor.js';
import { NUMBER_PATTERN, NUMBER_WORDS, UNITS, VAGUE_QUANTITIES, alternation, lookup, parseNumber } from '../vocabulary.js';
import { patternParser } from '../timex-parser.js';
import { firstWordsOf } from '../word-index.js';

const UNIT_WORDS = alternation(Object.keys(UNITS));
const CALENDAR_UNITS: Partial<Record<string, CalendarUnit>> = {
  day: 'day', week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'year', century: 'year', fortnight: 'week',
};
/** How many calendar units one counted unit is: a decade is ten years. */
const SCALE: Partial<Record<string, number>> = { decade: 10, century: 100, fortnight: 2 };
/** "a year earlier", "two years ago": a few years back, which a story counting in quarters counts from its quarter. */
const YEARS_BACK = /^(a|an|one|two|three)\s+years?\s+(?:earlier|ago)$/i;
const YEAR_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };

export const unitsAgoParser = patternParser('units-ago', `(?:(an?|one)|(${NUMBER_PATTERN})|(${alternation(VAGUE_QUANTITIES)}))(?:\\s+or\\s+so)?\\s+(?:more\\s+)?(${UNIT_WORDS})(?:\\s+or\\s+so)?\\s+(ago|earlier|hence|from\\s+now)(?!\\s+(?:than|the|a|an|his|her|its|their)\\b)`, (context, match) => {
  const unit = lookup(UNITS, match[4]);
  if (!unit) return null;
  const calendarUnit = CALENDAR_UNITS[unit];
  const direction = /^(?:ago|earlier)$/i.test(match[5]) ? -1 : 1;
  if (match[3]) return { type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF', counted: true };
  const count = match[1] ? 1 : parseNumber(match[2]);
  if (count === null || !Number.isInteger(count)) return null;
  // "two hours ago": the day; TIMEX3 has no clock time for it without the publication time.
  if (!calendarUnit) return { type: 'DATE', value: shiftedValue(context.anchor, 'day', 0), counted: true };
  const value = shiftedValue(context.anchor, calendarUnit, direction * count * (SCALE[unit] ?? 1));
  const yearsBack = YEARS_BACK.exec(match[0]);
  return { type: 'DATE', value, counted: true, yearsBack: yearsBack ? YEAR_COUNTS[yearsBack[1].toLowerCase()] : undefined };
}, { starts: ['a', 'an', 'one', ...NUMBER_WORDS, ...firstWordsOf(VAGUE_QUANTITIES)], digits: true, requires: ['ago', 'earlier', 'hence', 'now'] });
