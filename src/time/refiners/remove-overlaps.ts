// Two parsers often read the same words ("two years" inside "two years ago"): the longer
// expression wins, and between equal spans the parser listed first in the configuration.
import type { TimexCandidate, TimexRefiner } from '../timex-parser.js';

export const removeOverlaps: TimexRefiner = {
  name: 'remove-overlaps',
  refine(_context, candidates) {
    const ranked = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || (a.priority ?? 0) - (b.priority ?? 0) || a.start - b.start);
    // The characters kept expressions cover: a candidate is read against them, not against each kept one.
    let length = 0;
    for (const candidate of candidates) length = Math.max(length, candidate.end + 1);
    const taken = new Uint8Array(length);
    const kept: TimexCandidate[] = [];
    for (const candidate of ranked) {
      const end = Math.max(candidate.end, candidate.start + 1);
      let free = true;
      for (let i = candidate.start; i < end && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, candidate.start, candidate.end);
      kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
