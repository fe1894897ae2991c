// An explicit "September 2018" fixes the year of "last September" or "in September"
// elsewhere in the same article: a month named both ways in one story is, far more often
// than not, the same month. Only one such year, at most a year from the inferred one; the
// same day written with its year ("Nov. 17, 1989") is the stronger evidence for a day.
import type { TimexRefiner } from '../timex-parser.js';

const DATE_VALUE = /^(\d{4})-(\d{2})(?:-(\d{2}))?(.*)$/;

export const resolveByDocument: TimexRefiner = {
  name: 'resolve-by-document',
  refine(_context, candidates) {
    const explicitYears = new Map<string, Set<number>>();
    const remember = (key: string, year: number) => {
      const years = explicitYears.get(key) ?? new Set<number>();
      years.add(year);
      explicitYears.set(key, years);
    };
    for (const candidate of candidates) {
      const match = DATE_VALUE.exec(candidate.value);
      if (candidate.yearImplied || !match || candidate.type === 'DURATION' || candidate.type === 'SET') continue;
      remember(match[2], Number(match[1]));
      if (match[3]) remember(`${match[2]}-${match[3]}`, Number(match[1]));
    }
    return candidates.map((candidate) => {
      const match = candidate.yearImplied ? DATE_VALUE.exec(candidate.value) : null;
      const years = match ? (match[3] && explicitYears.get(`${match[2]}-${match[3]}`)) || explicitYears.get(match[2]) : undefined;
      if (!match || !years || years.size !== 1) return candidate;
      const [year] = years;
      if (Math.abs(year - Number(match[1])) > 1) return candidate;
      return { ...candidate, value: `${String(year).padStart(4, '0')}${candidate.value.slice(4)}` };
    });
  },
};
