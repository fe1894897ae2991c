// A clock time and the day next to it are one expression: "5 p.m. EST Nov. 9"
// 1989-11-09T17:00, "noon Thursday", "Friday morning" 1998-08-07TMO. A time that only has the
// day nearby ("Thursday at 4 p.m.") keeps its own span and takes that day.
import { PARTS_OF_DAY } from '../vocabulary.js';
import type { TimexCandidate, TimexRefiner } from '../timex-parser.js';

const isDay = (candidate: TimexCandidate) => candidate.type === 'DATE' && /^(?:\d{4}|XXXX)-\d{2}-\d{2}$|^XXXX-WXX-\d$/.test(candidate.value);
const timePart = (value: string) => value.slice(value.indexOf('T'));

export const mergeDateAndTime: TimexRefiner = {
  name: 'merge-date-and-time',
  refine(context, candidates) {
    const result: TimexCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const current = candidates[i];
      const next = candidates[i + 1];
      const gap = next ? context.text.slice(current.end, next.start) : '';
      if (next && current.type === 'TIME' && current.dayImplied && isDay(next)) {
        // "5 p.m. EST, Nov. 6", "noon Thursday"
        if (/^\s*,?\s*$/.test(gap)) {
          result.push({ ...current, end: next.end, value: `${next.value}${timePart(current.value)}`, dayImplied: false, yearImplied: next.yearImplied, rule: `${current.rule}+${next.rule}` });
          i++;
          continue;
        }
        // "at 3 p.m. on Sept. 14": two expressions, one day.
        if (/^\s*,?\s*on\s+$/.test(gap)) {
          result.push({ ...current, value: `${next.value}${timePart(current.value)}`, dayImplied: false, yearImplied: next.yearImplied });
          continue;
        }
      }
      // "Thursday at 4 p.m.": the time takes the day, the spans stay apart.
      if (next && isDay(current) && next.type === 'TIME' && next.dayImplied && /^\s*,?\s*(?:at|around|about|by|before|after|from|until)?\s*$/.test(gap)) {
        if (/^\s*$/.test(gap)) {
          result.push({ ...current, type: 'TIME', end: next.end, value: `${current.value}${timePart(next.value)}`, rule: `${current.rule}+${next.rule}` });
          i++;
          continue;
        }
        candidates[i + 1] = { ...next, value: `${current.value}${timePart(next.value)}`, dayImplied: false };
      }
      // "Friday morning", "Saturday night"
      if (isDay(current)) {
        const part = /^\s+(morning|afternoon|evening|night)\b/i.exec(context.text.slice(current.end, current.end + 12));
        if (part) {
          result.push({ ...current, type: 'TIME', end: current.end + part[0].length, value: `${current.value}T${PARTS_OF_DAY[part[1].toLowerCase()]}` });
          continue;
        }
      }
      result.push(current);
    }
    return result;
  },
};
