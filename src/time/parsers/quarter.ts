// Quarters and halves: "the third quarter" 2019-Q3, "third-quarter profit", "the first half
// of 1990" 1990-H1, "the fiscal second quarter". Without a year, the quarter is the most
// recent such quarter in a past clause, the next in a future one, else the nearer.
import { quarterOf } from '../calendar.js';
import { directionOf, type Direction } from '../anchor.js';
import { patternParser, type Extraction, type TimexContext } from '../timex-parser.js';

const ORDINAL = '(first|second|third|fourth|final|1st|2nd|3rd|4th)';
const QUARTER_NUMBER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

const DETERMINER = "((?:the|its|their|his|her|this\\s+year's|last\\s+year's|next\\s+year's|a|an)\\s+)?";
const QUALIFIER = '(?:((?:19|20)\\d\\d)\\s+)?(?:(?:fiscal|calendar|latest|current|flat|strong|weak|disappointing|(year[\\s-](?:earlier|ago)))[\\s-]+)?';
const YEAR = "(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?|\\s+)((?:19|20)\\d\\d)|\\s+of\\s+(?:this|last|next)\\s+year";

/** "the third quarter (of 1989)", "third-quarter", "the first half". */
export const quarterParser = patternParser('quarter', `${DETERMINER}${QUALIFIER}${ORDINAL}([\\s-]+)(?:fiscal[\\s-]+)?(quarter|half)(?:${YEAR})?`, (context, match) => {
  const [determinerText, yearBefore, yearEarlier, ordinalWord, separator, unit, yearAfter] = match.slice(1);
  const ordinal = QUARTER_NUMBER[ordinalWord.toLowerCase()];
  const half = unit.toLowerCase() === 'half';
  if (half && ordinal > 2) return null;
  const cycle = half ? 2 : 4;
  const explicitYear = yearAfter || yearBefore ? Number(yearAfter || yearBefore) : null;
  const relativeYear = yearEarlier ? -1 : yearOffset(match[0]);
  // TIMEX3 takes "the" ("the third quarter") and a year ("last year's") in, but not "its" or "a", and
  // no determiner before an adjective ("a third-quarter loss").
  const determiner = determinerText ?? '';
  const dropped = /^(?:its|their|his|her|an?)\s/i.test(determiner) || /^the\s/i.test(determiner) && separator.includes('-');
  const start = dropped ? match.index + determiner.length : undefined;
  return { ...quarterValue(context, match, ordinal, half, cycle, explicitYear, relativeYear), start };
}, {
  starts: ['the', 'its', 'their', 'his', 'her', 'this', 'last', 'next', 'a', 'an', 'fiscal', 'calendar', 'latest', 'current', 'flat', 'strong', 'weak', 'disappointing', 'year', 'first', 'second', 'third', 'fourth', 'final'],
  digits: true,
  requires: ['quarter', 'half'],
});

function quarterValue(context: TimexContext, match: RegExpExecArray, ordinal: number, half: boolean, cycle: number, explicitYear: number | null, relativeYear: number | null): Extraction {
  const format = (year: number | null) => `${year === null ? 'XXXX' : String(year).padStart(4, '0')}-${half ? 'H' : 'Q'}${ordinal}`;
  if (explicitYear !== null) return { type: 'DATE', value: format(explicitYear) };
  if (!context.anchor) return { type: 'DATE', value: format(null) };
  if (relativeYear !== null) return { type: 'DATE', value: format(context.anchor.year + relativeYear) };
  const current = half ? (context.anchor.month <= 6 ? 1 : 2) : quarterOf(context.anchor.month);
  return { type: 'DATE', value: format(context.anchor.year + cycleYearOffset(current, ordinal, cycle, directionOf(context.tenseAt(match.index)))) };
}

function yearOffset(text: string): number | null {
  if (/this year|of this year/i.test(text)) return 0;
  if (/last year/i.test(text)) return -1;
  if (/next year/i.test(text)) return 1;
  return null;
}

/**
 * 0 or ±1 year: where the `target` period of a yearly cycle lies from the `current` one. The
 * tense decides, except that a future clause about the quarter just ended is about its
 * results: "expects third-quarter results" in October is this year's third quarter.
 */
function cycleYearOffset(current: number, target: number, cycle: number, direction: Direction): number {
  const forward = (target - current + cycle) % cycle;
  const backward = (current - target + cycle) % cycle;
  const past = target <= current ? 0 : -1;
  const future = target >= current ? 0 : 1;
  if (direction === 'past') return past;
  if (direction === 'future') return backward === 1 && forward === cycle - 1 && cycle > 2 ? past : future;
  return backward <= forward ? past : future;
}

/**
 * "the quarter", "the latest quarter", "the latest period", "the year-earlier quarter": in a news report, the
 * quarter just reported, that is the one before publication (the current one in a future
 * clause); "year-earlier" and "year-ago" move it a year back.
 */
export const reportedQuarterParser = patternParser('reported-quarter', "(?:the|its|their)\\s+(?:(latest|most\\s+recent|recent|just[\\s-]ended|past|previous|current|same|year[\\s-]earlier|year[\\s-]ago)\\s+)?(?:(?:fiscal|calendar)\\s+)?(quarter|period)", (context: TimexContext, match) => {
  // "the period" alone is any stretch of time; "the latest period" is the one just reported.
  if (match[2].toLowerCase() === 'period' && !/latest|most\s+recent|year/i.test(match[1] ?? '')) return null;
  const word = (match[1] ?? '').toLowerCase();
  const yearsBack = /year/.test(word) ? 1 : undefined;
  if (!context.anchor) return { type: 'DATE', value: 'XXXX-QX', yearsBack };
  const future = directionOf(context.tenseAt(match.index)) === 'future';
  let offset = word === 'current' || (word === '' && future) ? 0 : -1;
  if (yearsBack) offset -= 4 * yearsBack;
  const index = context.anchor.year * 4 + quarterOf(context.anchor.month) - 1 + offset;
  return { type: 'DATE', value: `${Math.floor(index / 4)}-Q${(index % 4) + 1}`, yearsBack };
}, { starts: ['the', 'its', 'their'], requires: ['quarter', 'period'] });
