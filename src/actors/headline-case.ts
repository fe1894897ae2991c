// "Trump Defends U.S. Military Operation After Alleged War Crime Accusations": in a headline
// every content word is capitalised, so an unknown capitalised run is no evidence of a name.
import type { TokenTable } from '../doc/token-table.js';

/** Small words headline style may leave in lower case. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'with', 'from', 'into', 'over', 'is', 'vs']);

export function isHeadlineCase(tokens: TokenTable, start: number, end: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let t = start + 1; t < end; t++) {
    const text = tokens.text[t];
    if (!/^\p{L}{2,}/u.test(text) || MINOR_WORDS.has(text.toLowerCase())) continue;
    words++;
    if (/^\p{Lu}/u.test(text)) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.85;
}
