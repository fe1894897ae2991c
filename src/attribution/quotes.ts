// Direct quotations as token ranges, opening mark to closing mark. A quote may run over several
// sentences, which no parse spans; the tokens inside it are the quoted speaker's words, so no cue
// inside it starts an attribution: an event in a quote is the quoted speaker's to tell (`quoted`).
import type { TokenTable } from '../doc/token-table.js';
import type { TokenSpan } from '../doc/layers.js';
import { tokenAtOffset } from '../doc/token-at.js';

export interface Quote extends TokenSpan {
  cleanStart: number;
  cleanEnd: number;
}

/**
 * Curly pairs, straight pairs, or doubled apostrophes (''…'', as some archives write quotes),
 * each within one paragraph; at least two characters between the marks. A curly quote left
 * open runs to the end of its paragraph: a quote over several paragraphs opens each of them
 * and closes only the last, and a stray mark must not swallow the cues that follow.
 */
const QUOTE = /“[^”“\n]{2,3000}(?:”|(?=\n)|$)|"[^"\n]{2,3000}"|''(?:(?!'')[^\n]){2,3000}''/g;

export function findQuotes(text: string, tokens: TokenTable): Quote[] {
  const quotes: Quote[] = [];
  for (const match of text.matchAll(QUOTE)) {
    const cleanStart = match.index ?? 0;
    const cleanEnd = cleanStart + match[0].length;
    const tokenStart = tokenAtOffset(tokens, cleanStart);
    const tokenEnd = tokenAtOffset(tokens, cleanEnd - 1) + 1;
    if (tokenEnd > tokenStart) quotes.push({ cleanStart, cleanEnd, tokenStart, tokenEnd });
  }
  return quotes;
}

/** For each token, the index of the quote it lies in (marks included), or -1. */
export function quoteIndexByToken(tokens: TokenTable, quotes: readonly Quote[]): Int32Array {
  const index = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((quote, i) => index.fill(i, quote.tokenStart, quote.tokenEnd));
  return index;
}
