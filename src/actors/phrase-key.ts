// Lexicon phrases and token runs meet on one key: lower case, accents and spaces removed,
// typographic apostrophes folded. Tokenisers disagree on "then-Rep." or "U.S."; the key does not.
export function phraseKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, '');
}

/** Short all-capital aliases ("US", "UN", "AP") must match in capitals: "us" is a pronoun. */
export function needsExactCase(alias: string): boolean {
  return /^[A-Z.]{1,4}$/.test(alias.replace(/\s+/g, ''));
}
