// A month named with a year relative to publication: "January this year", "June last year",
// "this September" (the publication year), "next March" (the first March after publication).
import { MONTHS, alternation, lookup } from '../vocabulary.js';
import { patternParser } from '../timex-parser.js';

const NAMES = Object.keys(MONTHS).filter((name) => name.length > 3 || name === 'may');
const MONTH_NAMES = alternation(NAMES);
const pad = (n: number) => String(n).padStart(2, '0');

export const monthRelativeYearParser = patternParser('month-relative-year', `(?:(this|next)\\s+(${MONTH_NAMES})|(${MONTH_NAMES})\\.?\\s+(?:of\\s+)?(this|last|next)\\s+year)`, (context, match) => {
  const month = lookup(MONTHS, match[2] ?? match[3])!;
  const word = (match[1] ?? match[4]).toLowerCase();
  // In lower case "may" and "march" are verbs: "this may help", "they march next May".
  if (/^(?:may|march)$/.test(match[2] ?? match[3])) return null;
  if (!context.anchor) return { type: 'DATE', value: `XXXX-${pad(month)}` };
  let year = context.anchor.year;
  if (match[4]) year += word === 'last' ? -1 : word === 'next' ? 1 : 0;
  else if (word === 'next' && month <= context.anchor.month) year += 1;
  return { type: 'DATE', value: `${year}-${pad(month)}` };
}, { starts: ['this', 'next', ...NAMES], requires: NAMES });
