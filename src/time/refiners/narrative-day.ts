// A clock time with no day of its own ("at 10:35 a.m.") happened on the day the story is
// telling about, which is the last day it named ("Friday ... at 10:35 a.m."), not always the
// publication day. Only a day named shortly before counts.
import type { TimexCandidate, TimexRefiner } from '../timex-parser.js';

/** How far back, in characters, a named day still sets the story's day. */
const REACH = 400;
const DAY = /^\d{4}-\d{2}-\d{2}/;

export const narrativeDay: TimexRefiner = {
  name: 'narrative-day',
  refine(_context, candidates) {
    let lastDay: TimexCandidate | null = null;
    return candidates.map((candidate) => {
      if (candidate.type === 'TIME' && candidate.dayImplied && lastDay && candidate.start - lastDay.end <= REACH) {
        const day = DAY.exec(lastDay.value)![0];
        return { ...candidate, value: `${day}${candidate.value.slice(candidate.value.indexOf('T'))}`, dayImplied: false };
      }
      if ((candidate.type === 'DATE' || candidate.type === 'TIME') && DAY.test(candidate.value) && !candidate.dayImplied) lastDay = candidate;
      return candidate;
    });
  },
};
