// "Profit rose in the third quarter from a year earlier": a year back from the quarter the
// sentence is about (1988-Q3), not from the publication date (1988). The reference is the
// nearest quarter or half named before, in this sentence or the two before it.
import type { TimexCandidate, TimexContext, TimexRefiner } from '../timex-parser.js';

const YEARS_BACK = /^(?:\w+\s+)*?(a|an|one|two|three)\s+years?\s+(?:earlier|ago|before)$/i;
const PERIOD = /^(\d{4})-([QH]\d)$/;
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };
/** Characters back from the expression within which a named quarter still sets the reference. */
const REACH = 600;

function yearsBack(context: TimexContext, candidate: TimexCandidate): number | null {
  if (candidate.rule === 'annalist/year-earlier') return 1;
  if (candidate.rule === 'annalist/reported-quarter') return /year[\s-](?:earlier|ago)/i.test(context.text.slice(candidate.start, candidate.end)) ? 1 : null;
  if (candidate.rule !== 'annalist/units-ago') return null;
  const match = YEARS_BACK.exec(context.text.slice(candidate.start, candidate.end));
  return match ? NUMBERS[match[1].toLowerCase()] : null;
}

export const yearBackReference: TimexRefiner = {
  name: 'year-back-reference',
  refine(context, candidates) {
    let reference: TimexCandidate | null = null;
    return candidates.map((candidate) => {
      const years = yearsBack(context, candidate);
      if (years !== null && reference && candidate.start - reference.end <= REACH) {
        const [, year, period] = PERIOD.exec(reference.value)!;
        return { ...candidate, value: `${Number(year) - years}-${period}` };
      }
      if (PERIOD.test(candidate.value)) reference = candidate;
      return candidate;
    });
  },
};
