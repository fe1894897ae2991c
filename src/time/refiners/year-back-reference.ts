// "Profit rose in the third quarter from a year earlier": a year back from the quarter the
// sentence is about (1988-Q3), not from the publication date (1988). The reference is the
// nearest quarter or half named before, in this sentence or the two before it.
import type { TimexCandidate, TimexRefiner } from '../timex-parser.js';

const PERIOD = /^(\d{4})-([QH]\d)$/;
/** Characters back from the expression within which a named quarter still sets the reference. */
const REACH = 600;

export const yearBackReference: TimexRefiner = {
  name: 'year-back-reference',
  refine(context, candidates) {
    let reference: TimexCandidate | null = null;
    return candidates.map((candidate) => {
      const years = candidate.yearsBack;
      if (years !== undefined && reference && candidate.start - reference.end <= REACH) {
        const [, year, period] = PERIOD.exec(reference.value)!;
        return { ...candidate, value: `${Number(year) - years}-${period}` };
      }
      if (PERIOD.test(candidate.value)) reference = candidate;
      return candidate;
    });
  },
};
