// A quote with no cue of its own goes on with the last quoted speaker: “…,” Trump said. “We'll see.”
// It joins that attribution's content (PolNeAR marks such content as one discontinuous span). Only
// nearness decides: the quote is a sentence of its own, which no parse links to the cue.
import type { AttributionFrame, TokenSpan } from '../doc/layers.js';
import type { Quote } from './quotes.js';

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
    const previous = lastCueBefore(byCue, quote.tokenStart);
    if (!previous || !previous.quoted) continue;
    if (sentenceOfToken(quote.tokenStart) - previous.sentence > REACH) continue;
    const list = continuations.get(previous) ?? [];
    list.push({ tokenStart: quote.tokenStart, tokenEnd: quote.tokenEnd });
    continuations.set(previous, list);
  }
  return continuations;
}

/** The frame (of `byCue`, sorted by cue) whose cue is the last before token `t`. */
function lastCueBefore(byCue: readonly AttributionFrame[], t: number): AttributionFrame | undefined {
  let low = 0;
  let high = byCue.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (byCue[mid].cue.tokenStart < t) low = mid + 1;
    else high = mid - 1;
  }
  return byCue[high];
}
