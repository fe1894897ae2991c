// PolNeAR's annotation is univocal: each token belongs to one attribution at most, so a report
// inside another's content is part of that content ("Song said Clinton had said the plan wouldn't
// happen" is one attribution there). annalist nests them (src/attribution/stage.ts); to be scored
// against PolNeAR, only the outermost frames count.
import type { AttributionFrame, TokenSpan } from '../../doc/layers.js';

const holds = (span: TokenSpan, t: number) => span.tokenStart <= t && t < span.tokenEnd;

/** For each frame, whether its cue lies in no other frame's content. */
export function outermostFrames(frames: readonly AttributionFrame[]): boolean[] {
  return frames.map((frame) => !frames.some((other) => other !== frame && [other.content, ...other.continuations].some((span) => holds(span, frame.cue.tokenStart))));
}
