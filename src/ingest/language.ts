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

// English words that no other language in Latin script uses as commonly. In English news
// they are a tenth or more of the opening words (a seventh in the median BBC article); in
// French, German or Dutch text, next to none. Such a text is English without asking franc,
// the costliest step of reading an input.
const ENGLISH_MARKERS = new Set([
  'the', 'and', 'that', 'with', 'said', 'which', 'from', 'this', 'would', 'been', 'were', 'their', 'they', 'has', 'are', 'have',
]);
const MARKER_SHARE = 0.1;
const MARKER_WINDOW = 200;

function plainlyEnglish(sample: string): boolean {
  const words = (sample.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, MARKER_WINDOW);
  if (words.length < 30) return false;
  return words.filter((word) => ENGLISH_MARKERS.has(word)).length >= MARKER_SHARE * words.length;
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
