// Recurring times (TIMEX3 SET): "weekly" P1W, "every month" P1M, "every two years" P2Y,
// "$5 a year" P1Y, "each July" XXXX-07, "every Thursday" XXXX-WXX-4, "Tuesday nights".
import { MONTHS, NUMBER_PATTERN, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, alternation, lookup, parseNumber } from '../vocabulary.js';
import { durationValue } from './duration.js';
import { patternParser } from '../timex-parser.js';
import { firstWordsOf, wordsOf } from '../word-index.js';

const ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M', bimonthly: 'P2M',
  annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M', semiannually: 'P6M', 'semi-annually': 'P6M',
};

/** "daily", "weekly": not "the People's Daily" (a capitalised adverb inside a sentence is a name). */
export const setAdverbParser = patternParser('set-adverb', `(?:(?:twice|once|three\\s+times)\\s+)?(${alternation(Object.keys(ADVERBS))})`, (context, match) => {
  const word = match[1];
  if (/^[A-Z]/.test(word) && !/(?:^|[.!?"“]\s*|\n\s*)$/.test(context.text.slice(Math.max(0, match.index - 3), match.index))) return null;
  // "a daily newspaper", "the weekly magazine": an adjective before a noun is a SET too in TIMEX3, kept.
  return { type: 'SET', value: ADVERBS[word.toLowerCase()] };
}, { starts: ['twice', 'once', 'three', ...firstWordsOf(Object.keys(ADVERBS))], requires: wordsOf(Object.keys(ADVERBS)) });

const UNIT_WORDS = alternation(Object.keys(UNITS));

/** "every month", "each year", "every two weeks", "every other day". */
export const everyUnitParser = patternParser('every-unit', `(?:every|each|per)\\s+(?:(other)\\s+|(${NUMBER_PATTERN})\\s+)?(${UNIT_WORDS})`, (_context, match) => {
  const unit = lookup(UNITS, match[3]);
  if (!unit) return null;
  const count = match[1] ? 2 : match[2] ? parseNumber(match[2]) : 1;
  if (count === null) return null;
  if (count === 1 && /s$/i.test(match[3])) return null;
  return { type: 'SET', value: durationValue(count, unit) };
}, { starts: ['every', 'each', 'per'] });

const RATE_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];

/** "$5 a year", "twice a week", "10 times a day": a rate, after a number, an amount or "times". */
export const rateParser = patternParser('rate', `(?<=(?:\\d|\\b(?:times|once|twice|thrice|percent|cents?|dollars?|million|billion|each|apiece))\\s+)(?:a|an|per)\\s+(${RATE_UNITS.join('|')})`, (_context, match) => {
  const unit = lookup(UNITS, match[1]);
  if (!unit) return null;
  return { type: 'SET', value: durationValue(1, unit) };
}, { starts: ['a', 'an', 'per'], requires: RATE_UNITS });

const pad = (n: number) => String(n).padStart(2, '0');

/** "each July", "every Thursday", "every summer", "every morning". */
export const everyNamedParser = patternParser('every-named', `(?:every|each)\\s+(${alternation([...Object.keys(MONTHS).filter((m) => m.length > 3), ...Object.keys(WEEKDAYS).filter((d) => d.length > 4), ...Object.keys(SEASONS), ...Object.keys(PARTS_OF_DAY)])})`, (_context, match) => {
  const word = match[1].toLowerCase();
  const month = lookup(MONTHS, word);
  if (month) return { type: 'SET', value: `XXXX-${pad(month)}` };
  const weekday = lookup(WEEKDAYS, word);
  if (weekday) return { type: 'SET', value: `XXXX-WXX-${weekday}` };
  const season = lookup(SEASONS, word);
  if (season) return { type: 'SET', value: `XXXX-${season}` };
  return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY[word]}` };
}, { starts: ['every', 'each'] });

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "on Mondays", "Tuesday nights": a plural weekday recurs; "Mondays" is one word. */
export const pluralWeekdayParser = patternParser('plural-weekday', `(${DAY_NAMES.join('|')})(?:s|\\s+(morning|afternoon|evening|night)s)`, (_context, match) => {
  const weekday = lookup(WEEKDAYS, match[1])!;
  const part = match[2] ? `T${PARTS_OF_DAY[match[2].toLowerCase()]}` : '';
  return { type: 'SET', value: `XXXX-WXX-${weekday}${part}` };
}, { starts: [...DAY_NAMES, ...DAY_NAMES.map((day) => `${day}s`)] });
