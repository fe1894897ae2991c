// Content-hash ids: the same article scraped twice, with different line breaks or
// non-breaking spaces, must get the same id so that the store keeps it once.
import { createHash } from 'node:crypto';

/** Invisible characters that scrapers insert or drop at will (zero-width spaces, soft hyphens, BOMs). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The text as compared for identity: NFC, invisible characters dropped, every whitespace run (NBSP included) one space. */
export function normalizeForId(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    // \s already covers U+00A0; it is named here because NBSP is the usual culprit.
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** First 16 hex digits of the SHA-256 of the normalized text. */
export function articleId(text: string): string {
  return createHash('sha256').update(normalizeForId(text), 'utf8').digest('hex').slice(0, 16);
}
