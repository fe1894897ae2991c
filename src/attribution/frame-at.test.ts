import { describe, expect, it } from 'vitest';
import type { AttributionFrame, TokenSpan } from '../doc/layers.js';
import { frameAt } from './frame-at.js';

const span = (tokenStart: number, tokenEnd: number): TokenSpan => ({ tokenStart, tokenEnd });

/** A frame with its cue at `cue` and its content over `content`. */
function frame(cue: number, content: TokenSpan, claim = true, continuations: TokenSpan[] = []): AttributionFrame {
  return {
    sentence: 0, cue: span(cue, cue + 1), source: null, content, continuations, status: 'reported', claim,
    attribution: { speaker: null, outlets: [], cue: null }, speaker: null, quoted: false, rule: 'test',
  };
}

describe('frameAt', () => {
  // "Reuters(0) reported(1) that(2) officials(3) said(4) Iran(5) attacked(6) the(7) base(8)"
  const outer = frame(1, span(2, 9));
  const inner = frame(4, span(5, 9));

  it('gives the innermost report that holds the token', () => {
    expect(frameAt([outer, inner], 6)).toBe(inner);
    expect(frameAt([inner, outer], 6)).toBe(inner);
    expect(frameAt([outer, inner], 3)).toBe(outer);
  });

  it('reads the pieces of a content further on', () => {
    const split = frame(1, span(2, 4), true, [span(10, 14)]);
    expect(frameAt([split], 12)).toBe(split);
  });

  it('skips a stance\'s target and the frame it is asked not to give (negative)', () => {
    const target = frame(4, span(5, 9), false);
    expect(frameAt([outer, target], 6)).toBe(outer);
    expect(frameAt([outer, inner], 6, inner)).toBe(outer);
    expect(frameAt([outer, inner], 0)).toBeNull();
  });
});
