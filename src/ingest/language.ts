// annalist's lexicons and patterns are English; a French article would yield noise, not
// events, so it is skipped with the language named.
import { franc } from 'franc-min';

/** Below this length franc guesses poorly (a headline, a teaser); such texts pass as English. */
export const MIN_LANGUAGE_TEXT = 200;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The ISO 639-3 code franc detects, or null when the text is short or franc is unsure. */
export function detectLanguage(text: string): string | null {
  if (text.trim().length < MIN_LANGUAGE_TEXT) return null;
  const code = franc(text, { minLength: MIN_LANGUAGE_TEXT });
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
