// Lexicon phrases and token runs meet on one key: lower case, accents and spaces removed,
// typographic apostrophes folded. Tokenisers disagree on "then-Rep." or "U.S."; the key does not.
import type { TokenTable } from '../doc/token-table.js';

// Actor recognition asks for the key of every token run at every token, and the same words
// recur in every article: keys are remembered (a bounded cache, emptied when full).
const MAX_CACHED = 100_000;
const cache = new Map<string, string>();
const ASCII = /^[\x00-\x7f]*$/;

export function phraseKey(text: string): string {
  let key = cache.get(text);
  if (key !== undefined) return key;
  // ASCII has no accents to strip and no typographic apostrophes to fold.
  key = ASCII.test(text)
    ? text.toLowerCase().replace(/\s+/g, '')
    : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, '');
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(text, key);
  return key;
}

/**
 * The key of token `t`. A token whose lower-case form (which the token table holds, quotes folded)
 * is printable ASCII has nothing else to remove: that form is its key.
 */
export function tokenPhraseKey(tokens: TokenTable, t: number): string {
  const lower = tokens.lower[t];
  return isPlainAscii(lower) ? lower : phraseKey(tokens.text[t]);
}

/**
 * The key of one word that is only compared, never looked up: printable ASCII is keyed by its
 * lower case directly, without a trip through the key cache.
 */
export function wordKey(word: string): string {
  return isPlainAscii(word) ? word.toLowerCase() : phraseKey(word);
}

/** The key of a name's last word: "post" for "The Washington Post". */
export const lastWordKey = (name: string) => wordKey(name.split(/\s+/).pop() ?? name);

/** /^[\x21-\x7e]*$/, without the pattern: it is asked of every token. */
export function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return false;
  }
  return true;
}

/** Short all-capital aliases ("US", "UN", "AP") must match in capitals: "us" is a pronoun. */
export function needsExactCase(alias: string): boolean {
  return /^[A-Z.]{1,4}$/.test(alias.replace(/\s+/g, ''));
}
