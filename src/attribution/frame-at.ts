// The attribution whose content holds a token: events inside "X denied that …" take their
// status and their speaker from it.
import type { AttributionFrame, TokenSpan } from '../doc/layers.js';

const holds = (span: TokenSpan, t: number) => span.tokenStart <= t && t < span.tokenEnd;

/** The frame whose content (or a quote continuing it) holds token `t`; the narrowest when several do. */
export function frameAt(frames: readonly AttributionFrame[], t: number): AttributionFrame | null {
  let best: AttributionFrame | null = null;
  let width = Infinity;
  for (const frame of frames) {
    if (holds(frame.content, t) && frame.content.tokenEnd - frame.content.tokenStart < width) {
      best = frame;
      width = frame.content.tokenEnd - frame.content.tokenStart;
    }
    for (const span of frame.continuations) {
      if (holds(span, t) && span.tokenEnd - span.tokenStart < width) {
        best = frame;
        width = span.tokenEnd - span.tokenStart;
      }
    }
  }
  return best;
}
