import { describe, expect, it } from 'vitest';
import type { TimexCandidate, TimexContext } from '../timex-parser.js';
import { removeOverlaps } from './remove-overlaps.js';

const context: TimexContext = { text: '', anchor: null, tenseAt: () => 'unknown' };
const candidate = (start: number, end: number, value: string, priority: number): TimexCandidate => ({ start, end, type: 'DATE', value, rule: 'test', priority });

describe('removeOverlaps', () => {
  it('keeps the longer of two overlapping readings', () => {
    expect(removeOverlaps.refine(context, [candidate(0, 9, 'P2Y', 0), candidate(0, 13, '1996', 1)]).map((c) => c.value)).toEqual(['1996']);
  });

  it('keeps the earlier-listed parser between equal spans', () => {
    expect(removeOverlaps.refine(context, [candidate(0, 6, 'B', 3), candidate(0, 6, 'A', 1)]).map((c) => c.value)).toEqual(['A']);
  });

  it('keeps expressions that do not overlap, in text order (negative)', () => {
    expect(removeOverlaps.refine(context, [candidate(10, 12, 'B', 0), candidate(0, 6, 'A', 0)]).map((c) => c.value)).toEqual(['A', 'B']);
  });
});
