// A month or season followed by a year the parsers read apart: "January nineteen
// ninety-seven" 1997-01, "the winter of 1994" 1994-WI.
import type { TimexCandidate, TimexRefiner } from '../timex-parser.js';

const YEAR = /^\d{4}$/;
const MONTH_OR_SEASON = /^(?:\d{4}|XXXX)-(\d{2}|SP|SU|FA|WI)$/;

export const mergeMonthAndYear: TimexRefiner = {
  name: 'merge-month-and-year',
  refine(context, candidates) {
    const result: TimexCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const current = candidates[i];
      const next = candidates[i + 1];
      const part = MONTH_OR_SEASON.exec(current.value);
      if (part && next && YEAR.test(next.value) && current.type === 'DATE' && next.type === 'DATE' && /^,?\s+(?:of\s+)?$/.test(context.text.slice(current.end, next.start))) {
        result.push({ ...current, end: next.end, value: `${next.value}-${part[1]}`, yearImplied: false, rule: `${current.rule}+${next.rule}` });
        i++;
        continue;
      }
      result.push(current);
    }
    return result;
  },
};
