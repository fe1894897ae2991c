// A quote with no cue of its own goes on with the last quoted speaker: “…,” Trump said. “We'll see.”
// It joins that attribution's content (PolNeAR marks such content as one discontinuous span). Only
// nearness decides: the quote is a sentence of its own, which no parse links to the cue.
import type { AttributionFrame, TokenSpan } from '../doc/layers.js';
import type { Quote } from './quotes.js';

/** How many sentences after its cue a quote may still continue the speaker's words. */
const REACH = 4;

export function findContinuations(frames: readonly AttributionFrame[], quotes: readonly Quote[], sentenceOfToken: (t: number) => number): Map<AttributionFrame, TokenSpan[]> {
  const continuations = new Map<AttributionFrame, TokenSpan[]>();
  const covered = (t: number) => frames.some((f) => within(f.content, t) || within(f.cue, t) || (f.source !== null && within(f.source, t)));
  for (const quote of quotes) {
    if (covered(quote.tokenStart)) continue;
    const previous = [...frames].reverse().find((f) => f.cue.tokenStart < quote.tokenStart);
    if (!previous || !previous.quoted) continue;
    const next = frames.find((f) => f.cue.tokenStart > previous.cue.tokenStart && f.cue.tokenStart < quote.tokenStart);
    if (next) continue;
    if (sentenceOfToken(quote.tokenStart) - previous.sentence > REACH) continue;
    const list = continuations.get(previous) ?? [];
    list.push({ tokenStart: quote.tokenStart, tokenEnd: quote.tokenEnd });
    continuations.set(previous, list);
  }
  return continuations;
}

function within(span: TokenSpan, t: number): boolean {
  return span.tokenStart <= t && t < span.tokenEnd;
}
