// The size policy: an article whose text is over the limit is skipped with that reason, never
// split. Extraction is linear in an article's length, but one article of many megabytes is
// almost always a mistake (a whole book, a concatenated dump, a log) and would hold a batch or
// a server thread for minutes; a reader who means it raises the limit (--max-article-mb).
export const DEFAULT_MAX_ARTICLE_MB = 1;

const MIB = 1024 * 1024;

/** The limit in bytes of UTF-8 for a limit in MiB; a usage error names the option when it is no positive number. */
export function maxArticleBytes(megabytes: number | string | undefined, option = '--max-article-mb'): number {
  if (megabytes === undefined) return DEFAULT_MAX_ARTICLE_MB * MIB;
  const value = Number(megabytes);
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${option} '${megabytes}' is not a positive number`);
  return Math.round(value * MIB);
}

/** Why a text of `bytes` bytes of UTF-8 is skipped under `limit`; null when it fits. */
export function oversizeReason(bytes: number, limit: number): string | null {
  if (bytes <= limit) return null;
  return `${megabytes(bytes)} of text, over the ${megabytes(limit)} limit for one article (raise it with --max-article-mb)`;
}

function megabytes(bytes: number): string {
  const value = bytes / MIB;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '')} MB`;
}
