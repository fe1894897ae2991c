// The attribution whose content holds a token: events inside "X denied that …" take their
// status and their speaker from it. Attributions nest ("Reuters reported that officials said
// Iran attacked"), so the innermost one that holds the token is the one that speaks for it.
// Only claims count: in "the U.S. condemned the attack" the attack is the article's to tell.
import type { AttributionFrame, TokenSpan } from '../doc/layers.js';

const width = (span: TokenSpan) => span.tokenEnd - span.tokenStart;

/**
 * Per token, the narrowest claim holding it and the narrowest other one (for a frame asking
 * which claim holds its own cue), each the first in frame order among equally narrow ones.
 * Built once per frame list, in time proportional to the tokens the claims cover.
 */
interface FrameIndex {
  first: Int32Array;
  firstWidth: Int32Array;
  second: Int32Array;
  secondWidth: Int32Array;
}

const indexes = new WeakMap<readonly AttributionFrame[], FrameIndex>();

function claimIndex(frames: readonly AttributionFrame[]): FrameIndex {
  let index = indexes.get(frames);
  if (index) return index;
  let length = 0;
  for (const frame of frames) for (const span of [frame.content, ...frame.continuations]) length = Math.max(length, span.tokenEnd);
  index = { first: new Int32Array(length).fill(-1), firstWidth: new Int32Array(length), second: new Int32Array(length).fill(-1), secondWidth: new Int32Array(length) };
  const { first, firstWidth, second, secondWidth } = index;
  frames.forEach((frame, f) => {
    if (!frame.claim) return;
    for (const span of [frame.content, ...frame.continuations]) {
      const w = width(span);
      for (let t = span.tokenStart; t < span.tokenEnd; t++) {
        if (first[t] === f) {
          firstWidth[t] = Math.min(firstWidth[t], w);
        } else if (first[t] < 0 || w < firstWidth[t]) {
          second[t] = first[t];
          secondWidth[t] = firstWidth[t];
          first[t] = f;
          firstWidth[t] = w;
        } else if (second[t] === f) {
          secondWidth[t] = Math.min(secondWidth[t], w);
        } else if (second[t] < 0 || w < secondWidth[t]) {
          second[t] = f;
          secondWidth[t] = w;
        }
      }
    }
  });
  indexes.set(frames, index);
  return index;
}

/** The claim whose content (or a piece of it further on) holds token `t`, the narrowest when several do; never `except`. */
export function frameAt(frames: readonly AttributionFrame[], t: number, except: AttributionFrame | null = null): AttributionFrame | null {
  const { first, second } = claimIndex(frames);
  if (t >= first.length || first[t] < 0) return null;
  if (frames[first[t]] !== except) return frames[first[t]];
  return second[t] < 0 ? null : frames[second[t]];
}
