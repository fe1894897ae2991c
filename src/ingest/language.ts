// annalist's lexicons and patterns are English; a French article would yield noise, not
// events, so it is skipped with the language named.
import { franc } from 'franc-min';

/** Below this length franc guesses poorly (a headline, a teaser); such texts pass as English. */
export const MIN_LANGUAGE_TEXT = 200;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * franc's cost grows with the text and its verdict settles long before the end of an
 * article: it reads this much from the start (a few paragraphs).
 */
export const LANGUAGE_SAMPLE = 2_000;

// English function words that no other language in Latin script uses as commonly. In English
// news they are a tenth or more of the opening words (a fifth in the median BBC article; of
// 2,214, only three team sheets fall short); in the opening 200 words of each of 400
// Latin-script translations of the UDHR, at most 4%, and at most 6% in any 200 of them.
// Such a text is English without asking franc, the costliest step of reading an input. Left
// out although frequent in English: "he" (an article in Niuean, whose UDHR it would take to 10%), "it"
// (Frisian), "at" (Danish, Tagalog), "as" (Manx), "in", "is", "a", "to", "on", "for",
// "we", "be", "so", "no", "do" (each common in one language or another).
const ENGLISH_MARKERS = new Set([
  'the', 'and', 'that', 'with', 'said', 'which', 'from', 'this', 'would', 'been', 'were', 'their', 'they', 'has', 'are', 'have',
  'of', 'was', 'his', 'her', 'she', 'who', 'will', 'but', 'had', 'its', 'after', 'by', 'than', 'when', 'what', 'there', 'into',
  'about', 'could',
]);
const LONGEST_MARKER = Math.max(...[...ENGLISH_MARKERS].map((marker) => marker.length));
const MARKER_SHARE = 0.1;
const MARKER_WINDOW = 200;
const MIN_MARKER_WORDS = 30;

// Walks the words one by one and lower-cases only those short enough to be a marker: this
// runs on every input, and copying the whole sample or collecting all its words cost more
// than the count itself.
function plainlyEnglish(sample: string): boolean {
  const word = /\p{L}+/gu;
  let words = 0;
  let markers = 0;
  while (words < MARKER_WINDOW) {
    const match = word.exec(sample);
    if (match === null) break;
    words++;
    const text = match[0];
    if (text.length <= LONGEST_MARKER && ENGLISH_MARKERS.has(text.toLowerCase())) markers++;
  }
  return words >= MIN_MARKER_WORDS && markers >= MARKER_SHARE * words;
}

/** The ISO 639-3 code franc detects, or null when the text is short or franc is unsure. */
export function detectLanguage(text: string): string | null {
  if (text.trim().length < MIN_LANGUAGE_TEXT) return null;
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  if (plainlyEnglish(sample)) return 'eng';
  const code = franc(sample, { minLength: MIN_LANGUAGE_TEXT });
  return code === 'und' ? null : code;
}

/** "French" for `fra`; the code itself when Intl has no name for it. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Why the text must be skipped ("not English (French)"), or null when it may be English. */
export function nonEnglishReason(text: string): string | null {
  const code = detectLanguage(text);
  if (code === null || code === 'eng') return null;
  return `not English (${languageName(code)})`;
}
