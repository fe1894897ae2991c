// "last September": the most recent September before the reference month. chrono reads the
// month alone and picks the closest one, which may lie in the future.
import type { Parser, ParsingContext } from 'chrono-node';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Not global: chrono runs it with exec() on ever shorter ends of the text, so one instance serves every run. */
const PATTERN = new RegExp(`\\b(last|this past|past)\\s+(${MONTHS.join('|')})\\b`, 'i');

export const lastMonthNameParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = MONTHS.indexOf(match[2].toLowerCase()) + 1;
    const refMonth = context.refDate.getUTCMonth() + 1;
    const year = context.refDate.getUTCFullYear() - (month < refMonth ? 0 : 1);
    const components = context.createParsingComponents({ month, year });
    components.imply('day', 1);
    components.addTag('annalist/last-month-name');
    return components;
  },
};
