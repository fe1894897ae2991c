// "the year", "the fiscal year", "the full year": in a news report, the publication year; "the
// year ended Sept. 30" counts a year-long stretch (P1Y); "the latest fiscal year" is the one
// before. Also "year-end", "the end of the year".
import { shiftedValue } from '../anchor.js';
import { patternParser } from '../timex-parser.js';

export const theYearParser = patternParser('the-year', "the\\s+(?:(full|fiscal|calendar|current|latest|whole|entire|same)\\s+)?(?:fiscal\\s+)?year(?![-']|\\s+(?:two\\s+thousand|\\d|earlier|ago|before|after|later))", (context, match) => {
  const end = match.index + match[0].length;
  if (/^\s+(?:ended|ending|through|to\s+date|that\s+ended)\b/i.test(context.text.slice(end, end + 16))) return { type: 'DURATION', value: 'P1Y' };
  const word = match[1]?.toLowerCase();
  if (word === 'same') return null;
  return { type: 'DATE', value: shiftedValue(context.anchor, 'year', word === 'latest' ? -1 : 0) };
}, { starts: ['the'], requires: ['year'] });

export const yearEndParser = patternParser('year-end', "year[\\s-]end|year's\\s+end|(?:the\\s+)?end\\s+of\\s+the\\s+year", (context) => ({ type: 'DATE', value: shiftedValue(context.anchor, 'year', 0) }), { starts: ['year', 'the', 'end'], requires: ['end'] });
