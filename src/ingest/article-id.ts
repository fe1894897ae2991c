// Content-hash ids: the same article scraped twice, with different line breaks or
// non-breaking spaces, must get the same id so that the store keeps it once.
import { createHash } from 'node:crypto';

/** Invisible characters that scrapers insert or drop at will (zero-width spaces, soft hyphens, BOMs). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * A character that NFC could change. Nothing below U+0300 (where the combining marks begin)
 * decomposes, reorders or composes with a neighbour, so a text without one is already NFC
 * and skips the copy that normalize() makes.
 */
const MAYBE_NOT_NFC = /[^\u0000-\u02ff]/;

/**
 * Whitespace that is not already a lone space: a run of two or more, or a single other
 * whitespace character (\s covers NBSP, the usual culprit). Replacing only these gives what
 * replacing every run would, without rewriting each of the article's ordinary spaces.
 */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** The text as compared for identity: NFC, invisible characters dropped, every whitespace run (NBSP included) one space. */
export function normalizeForId(text: string): string {
  const nfc = MAYBE_NOT_NFC.test(text) ? text.normalize('NFC') : text;
  return nfc.replace(INVISIBLE, '').replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

/** First 16 hex digits of the SHA-256 of the normalized text. */
export function articleId(text: string): string {
  return createHash('sha256').update(normalizeForId(text), 'utf8').digest('hex').slice(0, 16);
}
