// Lexicon phrases and token runs meet on one key: lower case, accents and spaces removed,
// typographic apostrophes folded. Tokenisers disagree on "then-Rep." or "U.S."; the key does not.

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

/** Short all-capital aliases ("US", "UN", "AP") must match in capitals: "us" is a pronoun. */
export function needsExactCase(alias: string): boolean {
  return /^[A-Z.]{1,4}$/.test(alias.replace(/\s+/g, ''));
}
