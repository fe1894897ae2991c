// The attribution whose content holds a token: events inside "X denied that …" take their
// status and their speaker from it. Attributions nest ("Reuters reported that officials said
// Iran attacked"), so the innermost one that holds the token is the one that speaks for it.
// Only claims count: in "the U.S. condemned the attack" the attack is the article's to tell.
import type { AttributionFrame, TokenSpan } from '../doc/layers.js';

const holds = (span: TokenSpan, t: number) => span.tokenStart <= t && t < span.tokenEnd;
const width = (span: TokenSpan) => span.tokenEnd - span.tokenStart;

/** The claim whose content (or a piece of it further on) holds token `t`, the narrowest when several do; never `except`. */
export function frameAt(frames: readonly AttributionFrame[], t: number, except: AttributionFrame | null = null): AttributionFrame | null {
  let best: AttributionFrame | null = null;
  let narrowest = Infinity;
  for (const frame of frames) {
    if (!frame.claim || frame === except) continue;
    for (const span of [frame.content, ...frame.continuations]) {
      if (holds(span, t) && width(span) < narrowest) {
        best = frame;
        narrowest = width(span);
      }
    }
  }
  return best;
}
