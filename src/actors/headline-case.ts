// "Trump Defends U.S. Military Operation After Alleged War Crime Accusations": in a headline
// every content word is capitalised, so an unknown capitalised run is no evidence of a name.
import { TokenFlag, type TokenTable } from '../doc/token-table.js';

/** Small words headline style may leave in lower case. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'with', 'from', 'into', 'over', 'is', 'vs']);

export function isHeadlineCase(tokens: TokenTable, start: number, end: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let t = start + 1; t < end; t++) {
    const text = tokens.text[t];
    // The token table's lower case differs from text.toLowerCase() only in folded quotes, which no minor word has.
    if (!startsWithTwoLetters(text) || MINOR_WORDS.has(tokens.lower[t])) continue;
    words++;
    if (tokens.has(t, TokenFlag.capitalized)) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.85;
}

/** /^\p{L}{2,}/u, answered for ASCII without the pattern: it is asked of every token of a sentence. */
function startsWithTwoLetters(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 0x80 && !isAsciiLetter(first)) return false;
  const second = text.charCodeAt(1);
  if (first < 0x80 && second < 0x80) return isAsciiLetter(second);
  return text.length >= 2 && /^\p{L}{2,}/u.test(text);
}

const isAsciiLetter = (code: number) => code >= 0x41 && code <= 0x5a || code >= 0x61 && code <= 0x7a;
