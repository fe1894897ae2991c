// Two parsers often read the same words ("two years" inside "two years ago"): the longer
// expression wins, and between equal spans the parser listed first in the configuration.
import type { TimexCandidate, TimexRefiner } from '../timex-parser.js';

export const removeOverlaps: TimexRefiner = {
  name: 'remove-overlaps',
  refine(_context, candidates) {
    const ranked = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || (a.priority ?? 0) - (b.priority ?? 0) || a.start - b.start);
    const kept: TimexCandidate[] = [];
    for (const candidate of ranked) {
      if (kept.every((other) => candidate.end <= other.start || other.end <= candidate.start)) kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
