import { describe, expect, it } from 'vitest';
import type { AttributionFrame, TokenSpan } from '../../doc/layers.js';
import { outermostFrames } from './outermost-frames.js';

const span = (tokenStart: number, tokenEnd: number): TokenSpan => ({ tokenStart, tokenEnd });
const frame = (cue: number, content: TokenSpan, continuations: TokenSpan[] = []): AttributionFrame => ({
  sentence: 0, cue: span(cue, cue + 1), source: null, content, continuations, status: 'reported', claim: true,
  attribution: { speaker: null, outlets: [], cue: null }, speaker: null, quoted: false, rule: 'test',
});

describe('outermostFrames', () => {
  it('counts a report inside another\'s content (or a piece of it further on) as part of it', () => {
    expect(outermostFrames([frame(1, span(2, 9)), frame(4, span(5, 9))])).toEqual([true, false]);
    expect(outermostFrames([frame(1, span(2, 3), [span(4, 9)]), frame(6, span(7, 9))])).toEqual([true, false]);
  });

  it('keeps reports side by side (negative)', () => {
    expect(outermostFrames([frame(1, span(2, 5)), frame(6, span(7, 9))])).toEqual([true, true]);
  });
});
