// A quote with no cue of its own goes on with the last quoted speaker: “…,” Trump said. “We'll see.”
// It joins that attribution's content (PolNeAR marks such content as one discontinuous span). Only
// nearness decides: the quote is a sentence of its own, which no parse links to the cue.
import type { AttributionFrame, TokenSpan } from '../doc/layers.js';
import type { Quote } from './quotes.js';
import { lastBefore } from '../doc/span-search.js';

/** How many sentences after its cue a quote may still continue the speaker's words. */
const REACH = 4;

export function findContinuations(frames: readonly AttributionFrame[], quotes: readonly Quote[], sentenceOfToken: (t: number) => number, tokenCount: number): Map<AttributionFrame, TokenSpan[]> {
  const continuations = new Map<AttributionFrame, TokenSpan[]>();
  // Tokens some frame already tells (its content, cue or source): a quote starting there has its cue.
  const covered = new Uint8Array(tokenCount);
  for (const f of frames) {
    for (const span of [f.content, f.cue, f.source]) if (span) covered.fill(1, span.tokenStart, span.tokenEnd);
  }
  const byCue = [...frames].sort((a, b) => a.cue.tokenStart - b.cue.tokenStart);
  for (const quote of quotes) {
    if (covered[quote.tokenStart] === 1) continue;
    const previous = byCue[lastBefore(byCue, quote.tokenStart, (f) => f.cue.tokenStart)];
    if (!previous || !previous.quoted) continue;
    if (sentenceOfToken(quote.tokenStart) - previous.sentence > REACH) continue;
    const list = continuations.get(previous) ?? [];
    list.push({ tokenStart: quote.tokenStart, tokenEnd: quote.tokenEnd });
    continuations.set(previous, list);
  }
  return continuations;
}
