// Years as they are spoken, in transcripts: "nineteen ninety-six" 1996, "nineteen eighty"
// 1980, "the year two thousand" 2000. "Two thousand" alone is a count, so it needs "the year".
import { patternParser } from '../timex-parser.js';

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const CENTURIES: Record<string, number> = { seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };

const UNIT = Object.keys(UNITS).join('|');
const TWO_DIGITS = `(?:(${Object.keys(TENS).join('|')})(?:[\\s-](${UNIT}))?|(${Object.keys(TEENS).join('|')})|oh[\\s-](${UNIT}))`;

export const spokenYearParser = patternParser('spoken-year', `(${Object.keys(CENTURIES).join('|')})[\\s-]${TWO_DIGITS}|(the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(?:(${UNIT})|(${Object.keys(TEENS).join('|')})))?`, (_context, match) => {
  if (match[1]) {
    const [, century, tens, unit, teen, oh] = match;
    const rest = tens ? TENS[tens.toLowerCase()] + (unit ? UNITS[unit.toLowerCase()] : 0) : teen ? TEENS[teen.toLowerCase()] : UNITS[oh.toLowerCase()];
    return { type: 'DATE', value: String(CENTURIES[century.toLowerCase()] * 100 + rest) };
  }
  if (!match[6]) return null;
  const rest = match[7] ? UNITS[match[7].toLowerCase()] : match[8] ? TEENS[match[8].toLowerCase()] : 0;
  return { type: 'DATE', value: String(2000 + rest) };
}, { starts: [...Object.keys(CENTURIES), 'the', 'two'], requires: [...Object.keys(CENTURIES), 'thousand'] });
