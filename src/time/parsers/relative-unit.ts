// A calendar unit named from the publication date: "last week" 1998-W08, "this month"
// 1998-02, "next year" 1999, "last weekend" 1998-W08-WE, "the current quarter". With "the"
// in front, "the last week" and "the next month" count a stretch of time instead (durations).
import { shiftedValue, type CalendarUnit } from '../anchor.js';
import { patternParser } from '../timex-parser.js';
import { firstWordsOf } from '../word-index.js';

const OFFSETS: Record<string, number> = { last: -1, 'this past': -1, 'the previous': -1, this: 0, 'the current': 0, next: 1 };
const UNITS: Record<string, CalendarUnit> = { week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century' };

export const relativeUnitParser = patternParser('relative-unit', "(last|this\\s+past|the\\s+previous|this|the\\s+current|next)\\s+(week|weekend|month|quarter|year|decade|century)", (context, match) => {
  const word = match[1].toLowerCase().replace(/\s+/g, ' ');
  return { type: 'DATE', value: shiftedValue(context.anchor, UNITS[match[2].toLowerCase()], OFFSETS[word]) };
}, { starts: firstWordsOf(Object.keys(OFFSETS)), requires: Object.keys(UNITS) });

/** "the weekend": the one just past in a past clause, else the coming one. */
export const weekendParser = patternParser('weekend', '(?:the|this)\\s+weekend', (context, match) => {
  if (!context.anchor) return { type: 'DATE', value: 'XXXX-WXX-WE' };
  const weekday = new Date(Date.UTC(context.anchor.year, context.anchor.month - 1, context.anchor.day)).getUTCDay();
  const onWeekend = weekday === 0 || weekday === 6;
  const past = context.tenseAt(match.index) === 'past';
  return { type: 'DATE', value: shiftedValue(context.anchor, 'weekend', onWeekend || !past ? 0 : -1) };
}, { starts: ['the', 'this'], requires: ['weekend'] });
