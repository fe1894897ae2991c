// "PARIS, Nov 21 (Reuters) - Macron spoke …", "KYIV, Ukraine (AP) — Zelensky held …": a wire
// dateline opens the first sentence of a report. It names where and when the report was filed,
// so it is neither part of the sentence's grammar (the parse reads it apart) nor a date for the
// events in it. Told by its spelling alone, so that it reads the same before and after tagging.

const DASHES = new Set(['-', '--', '—', '–']);
const INNER_PUNCTUATION = new Set([',', '(', ')', '.']);
const MAX_TOKENS = 12;

const CAPITALISED = /^\p{Lu}/u;
const CAPITALISED_OR_NUMBER = /^[\p{Lu}\d]/u;

/**
 * The index of the dash that ends a dateline opening tokens [start, end): a capitalised place,
 * a comma or bracket, then capitalised words, numbers and brackets up to a dash. -1 when there is none.
 */
export function datelineEnd(words: readonly string[], start: number, end: number): number {
  if (end - start < 4 || !CAPITALISED.test(words[start]) || (words[start + 1] !== ',' && words[start + 1] !== '(')) return -1;
  const limit = Math.min(end - 1, start + MAX_TOKENS);
  for (let t = start + 2; t < limit; t++) {
    const word = words[t];
    if (DASHES.has(word)) return t > start + 2 ? t : -1;
    if (!INNER_PUNCTUATION.has(word) && !CAPITALISED_OR_NUMBER.test(word)) return -1;
  }
  return -1;
}
