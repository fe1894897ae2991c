// Stretches of time: "two years" P2Y, "a 10-year bond" P10Y, "the past two months" P2M,
// "the first nine months" P9M, "2 1/2 years" P2Y6M, "five hours" PT5H, "several weeks"
// PXW, "the past year" P1Y. Ages ("a 45-year-old") are not time expressions.
import { NUMBER_PATTERN, NUMBER_WORDS, UNITS, VAGUE_QUANTITIES, alternation, lookup, parseNumber, type Unit } from '../vocabulary.js';
import { patternParser, type Extraction } from '../timex-parser.js';
import { firstWordsOf, type WordCues } from '../word-index.js';

const UNIT_WORDS = alternation(Object.keys(UNITS));
const VAGUE = alternation(VAGUE_QUANTITIES);
const FRACTION = '(?:\\s+(?:and\\s+)?(?:1/2|a\\s+half|one[\\s-]half)|\\s*½)';
/** Four groups: article, number, its fraction, vague quantity. */
const QUANTITY = `(?:(an?|one)|(${NUMBER_PATTERN})(${FRACTION})?|(${VAGUE}))`;
/** "the past two months", "the extra seven days"; without "the" only the words that place the stretch ("past two months", not "extra five years"). */
const SPAN_WORDS = '((?:the\\s+(?:(?:past|last|next|first|coming|previous|following|final|initial|remaining|latest|same|additional|further|extra|succeeding|preceding)\\s+)?|(?:past|last|next|first|coming|previous|following)\\s+)?)';
/** The words that begin a QUANTITY (and digits). */
const QUANTITY_STARTS = ['a', 'an', 'one', ...NUMBER_WORDS, ...firstWordsOf(VAGUE_QUANTITIES)];
/** Where a duration can begin, and the unit it always names. */
const DURATION_CUES: WordCues = { starts: ['the', 'past', 'last', 'next', 'first', 'coming', 'previous', 'following', ...QUANTITY_STARTS], digits: true, requires: Object.keys(UNITS) };

/** Time units: PT5H; calendar units: P5D. Fractions go to the next smaller unit: 2 1/2 years is P2Y6M. */
const UNIT_CODES: Record<Unit, { letter: string; time: boolean; smaller?: [number, string, boolean] }> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true, smaller: [60, 'S', true] },
  hour: { letter: 'H', time: true, smaller: [60, 'M', true] },
  day: { letter: 'D', time: false, smaller: [24, 'H', true] },
  week: { letter: 'W', time: false, smaller: [7, 'D', false] },
  weekend: { letter: 'WE', time: false },
  fortnight: { letter: 'W', time: false },
  month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false },
  year: { letter: 'Y', time: false, smaller: [12, 'M', false] },
  decade: { letter: 'E', time: false },
  century: { letter: 'C', time: false },
  millennium: { letter: 'L', time: false },
};

/** A TIMEX3 duration of `count` units; null count is "X" (several, a few). */
export function durationValue(count: number | null, unit: Unit): string {
  const code = UNIT_CODES[unit];
  const prefix = code.time ? 'PT' : 'P';
  if (count === null) return `${prefix}X${code.letter}`;
  // Counted decades and centuries read as years ("two decades" P20Y), as TimeBank writes them.
  if (unit === 'decade') return `P${count * 10}Y`;
  if (unit === 'century') return `P${count * 100}Y`;
  if (unit === 'millennium') return `P${count * 1000}Y`;
  if (unit === 'fortnight') return `P${count * 2}W`;
  if (unit === 'weekend') return `P${count * 2}D`;
  const whole = Math.floor(count);
  const rest = count - whole;
  if (rest === 0) return `${prefix}${whole}${code.letter}`;
  if (code.smaller) {
    const [factor, letter, time] = code.smaller;
    const part = Math.round(rest * factor * 1000) / 1000;
    const head = whole > 0 ? `${whole}${code.letter}` : '';
    if (code.time || !time) return `${prefix}${head}${part}${letter}`;
    return `P${head}T${part}${letter}`;
  }
  return `${prefix}${count}${code.letter}`;
}

function quantity(match: RegExpExecArray, offset: number): number | null | undefined {
  const [article, number, fraction, vague] = [match[offset], match[offset + 1], match[offset + 2], match[offset + 3]];
  if (vague) return /couple/i.test(vague) ? 2 : null;
  const whole = article ? 1 : parseNumber(number ?? '');
  if (whole === null) return undefined;
  return whole + (fraction ? 0.5 : 0);
}

/** "two years", "a 10-year", "the past two months", "several weeks", "the first nine months". */
export const durationParser = patternParser('duration', `${SPAN_WORDS}${QUANTITY}(\\s+|\\s*-\\s*)(?:more\\s+|additional\\s+|full\\s+|straight\\s+|consecutive\\s+|trading\\s+|business\\s+|working\\s+|calendar\\s+)?(${UNIT_WORDS})(${FRACTION})?(?:-long)?(?!-old|\\s+old\\b|[\\s-]+\\w+[\\s-]+old\\b)`, (context, match): Extraction | null => {
  const [prefix, article, , , , separator, unitWord, fraction] = match.slice(1);
  let count = quantity(match, 2);
  if (count === undefined) return null;
  const unit = lookup(UNITS, unitWord);
  if (!unit) return null;
  // "a year and a half"
  if (fraction && count !== null) count += 0.5;
  // A bare "a" needs a singular unit: "a year", never "a years"; "a second" is an ordinal far more often;
  // "£20,000-a-year" is a rate.
  if (/^an?$/i.test(article ?? '') && separator.includes('-')) return null;
  if (article && (/s$/i.test(unitWord) && unit !== 'century' || unit === 'second' && /^an?$/i.test(article))) return null;
  // "the 1988 quarter" is a year, "three-quarters of" and "a quarter of" are fractions.
  if (count !== null && count >= 1500 && count <= 2100 && !/s$/i.test(unitWord)) return null;
  if (unit === 'quarter' && !prefix && count !== null && count <= 3 && /^\s+of\b/i.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 4))) return null;
  if (unit === 'quarter' && /-quarters$/i.test(match[0])) return null;
  // "the 14-day period", "the extra seven-day": before an adjective, TIMEX3 leaves the determiner out.
  const start = separator.includes('-') && prefix ? match.index + prefix.length : undefined;
  return { type: 'DURATION', value: durationValue(count, unit), start };
}, DURATION_CUES);

/** "half an hour", "half a year": PT30M, P6M. */
export const halfUnitParser = patternParser('half-unit', `(?:a\\s+)?half[\\s-](?:an?\\s+)?(${UNIT_WORDS})`, (_context, match) => {
  const unit = lookup(UNITS, match[1]);
  if (!unit || /s$/i.test(match[1])) return null;
  return { type: 'DURATION', value: durationValue(0.5, unit) };
}, { starts: ['a', 'half'], requires: ['half'] });

/** "the past year", "the next month" (P1Y, P1M); "recent weeks", "coming years", "the next few days" (PXW, PXY, PXD). */
export const spanOfUnitParser = patternParser('span-of-unit', `(?:the\\s+)?(past|last|next|coming|previous|following|first|recent|(?:next|last|past|previous|first)\\s+few)\\s+(${UNIT_WORDS})(?!'s)`, (_context, match) => {
  const unit = lookup(UNITS, match[2]);
  if (!unit) return null;
  const plural = /(?:s|ia)$/i.test(match[2]) && unit !== 'century' || /centuries/i.test(match[2]);
  if (plural) return { type: 'DURATION', value: durationValue(null, unit) };
  // "the last week" is a week-long stretch; bare "last week" is a date (relative-unit), "recent week" nothing.
  if (!/^the\s/i.test(match[0]) || /recent|few/i.test(match[1])) return null;
  return { type: 'DURATION', value: durationValue(1, unit) };
}, { starts: ['the', 'past', 'last', 'next', 'coming', 'previous', 'following', 'first', 'recent'], requires: Object.keys(UNITS) });

const BARE_PLURALS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'centuries'];

/** "for years", "within days", "in months": a plural unit after a preposition of extent is an unknown number of them. */
export const barePluralParser = patternParser('bare-plural', `(?<=\\b(?:for|within|in|over|after|takes?|took|lasting|lasted|last)\\s+)(${BARE_PLURALS.join('|')})(?!\\s+(?:of\\s+)?(?:ago|earlier|later|before|after|old))`, (_context, match) => {
  const unit = lookup(UNITS, match[1]);
  if (!unit) return null;
  return { type: 'DURATION', value: durationValue(null, unit) };
}, { starts: BARE_PLURALS });
