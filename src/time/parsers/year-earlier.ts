// "year-earlier profit", "the year-ago period": the same stretch one year back. Without a
// reference in the text that is the year before publication; refiners/year-back-reference.ts
// moves it to a quarter when the story counts in quarters.
import { shiftedValue } from '../anchor.js';
import { patternParser } from '../timex-parser.js';

export const yearEarlierParser = patternParser('year-earlier', '(?:the\\s+(?:comparable\\s+|same\\s+)?)?(year[\\s-](?:earlier|ago))(?:\\s+(period|nine\\s+months|six\\s+months|level|levels|results|figures))?', (context, match) => {
  const noun = match[2]?.toLowerCase();
  // Only a period noun belongs to the expression; "year-earlier profit" is just "year-earlier".
  // "the year-earlier quarter" is the reported-quarter parser's.
  const takesNoun = noun === 'period';
  const start = takesNoun ? undefined : match.index + match[0].indexOf(match[1]);
  const end = takesNoun ? undefined : start! + match[1].length;
  return { type: 'DATE', value: shiftedValue(context.anchor, 'year', -1), start, end, yearsBack: 1 };
}, { starts: ['the', 'year'], requires: ['earlier', 'ago'] });
