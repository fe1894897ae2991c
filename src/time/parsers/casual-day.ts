// Days and parts of days named from the publication date: "today", "yesterday",
// "tomorrow", "tonight" (TNI), "last night", "this morning" (TMO), "yesterday afternoon",
// "the day before yesterday", "overnight".
import { shiftedValue } from '../anchor.js';
import { PARTS_OF_DAY } from '../vocabulary.js';
import { patternParser } from '../timex-parser.js';
import { firstWordsOf } from '../word-index.js';

const DAY_OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 };

export const casualDayParser = patternParser('casual-day', '(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|yesterday|tomorrow)(?:\\s+(morning|afternoon|evening|night))?', (context, match) => {
  const day = shiftedValue(context.anchor, 'day', DAY_OFFSETS[match[1].toLowerCase().replace(/\s+/g, ' ')]);
  if (match[2]) return { type: 'TIME', value: `${day}T${PARTS_OF_DAY[match[2].toLowerCase()]}` };
  return { type: 'DATE', value: day };
}, { starts: firstWordsOf(Object.keys(DAY_OFFSETS)), requires: ['today', 'yesterday', 'tomorrow'] });

/** "tonight", "last night", "this morning", "overnight": a part of the publication day or the one before. */
export const partOfDayParser = patternParser('part-of-day', '(tonight|overnight|last\\s+night|this\\s+(morning|afternoon|evening))', (context, match) => {
  const phrase = match[1].toLowerCase();
  const offset = phrase.startsWith('last') ? -1 : 0;
  const part = match[2] ? PARTS_OF_DAY[match[2].toLowerCase()] : 'NI';
  return { type: 'TIME', value: `${shiftedValue(context.anchor, 'day', offset)}T${part}` };
}, { starts: ['tonight', 'overnight', 'last', 'this'], requires: ['tonight', 'overnight', 'night', 'morning', 'afternoon', 'evening'] });

/** "noon", "midnight": clock times whose day comes from the text around them or the publication date. */
export const noonMidnightParser = patternParser('noon-midnight', '(noon|midday|midnight)', (context, match) => {
  const time = match[1].toLowerCase() === 'midnight' ? '24:00' : '12:00';
  return { type: 'TIME', value: `${shiftedValue(context.anchor, 'day', 0)}T${time}`, dayImplied: true };
}, { starts: ['noon', 'midday', 'midnight'] });
