// The words of a clause the tree gives as content: the subtree of its head, less the subtrees
// of the dependents that are not content (the cue's own clause in "Iran attacked the base,
// officials said"), less punctuation at the edges.
import type { TokenSpan } from '../doc/layers.js';
import { isClosingQuote, isOpeningQuote, type SentenceContext } from './sentence-context.js';
import { subtree } from './tree-spans.js';

/** The pieces (in text order) of `head`'s subtree once the subtrees of `cut` are taken out. */
export function clauseSpans(context: SentenceContext, head: number, cut: readonly number[] = []): TokenSpan[] {
  const { tree } = context;
  const whole = subtree(tree, head);
  const removed = cut.map((c) => subtree(tree, c)).filter((s) => s.tokenStart >= whole.tokenStart && s.tokenEnd <= whole.tokenEnd);
  removed.sort((a, b) => a.tokenStart - b.tokenStart);
  const pieces: TokenSpan[] = [];
  let from = whole.tokenStart;
  for (const gap of [...removed, { tokenStart: whole.tokenEnd, tokenEnd: whole.tokenEnd }]) {
    const piece = trimmed(context, { tokenStart: from, tokenEnd: gap.tokenStart });
    if (piece) pieces.push(piece);
    from = Math.max(from, gap.tokenEnd);
  }
  return pieces;
}

/** The words of `span` without the punctuation at its edges; a quote it starts or ends in comes whole. */
export function trimmed(context: SentenceContext, span: TokenSpan): TokenSpan | null {
  const { tokens, quotes, quoteOf } = context;
  let { tokenStart: start, tokenEnd: end } = span;
  while (start < end && tokens.pos[start] === 'PUNCT' && !isOpeningQuote(context, start)) start++;
  while (end > start && tokens.pos[end - 1] === 'PUNCT' && !isClosingQuote(context, end - 1)) end--;
  if (end <= start) return null;
  // A quote runs over several sentences, and no tree spans two: "“… Sentence two,” he said" starts where the quote does.
  if (quoteOf[start] >= 0) start = Math.min(start, quotes[quoteOf[start]].tokenStart);
  if (quoteOf[end - 1] >= 0) end = Math.max(end, quotes[quoteOf[end - 1]].tokenEnd);
  for (let t = start; t < end; t++) if (tokens.pos[t] !== 'PUNCT') return { tokenStart: start, tokenEnd: end };
  return null;
}
