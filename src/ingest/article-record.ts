// The article object of gold/FORMAT.md, as found in JSONL and JSON inputs. `id` is the
// input's own id, kept as the article's `doc_id` (annalist's id is a hash of the text);
// `events` are dropped: events are gold, not input.
import { z } from 'zod';
import type { ArticleDraft } from './types.js';

function optionalString(expected: string) {
  return z
    .string({ error: (issue) => `must be ${expected}, not ${describeValue(issue.input)}` })
    .nullable()
    .optional();
}

/** Exported for `POST /api/articles`, which validates the same shape. */
export const articleRecord = z.object({
  id: z.union([z.string(), z.number()], { error: (issue) => `must be a string or a number, not ${describeValue(issue.input)}` }).nullable().optional(),
  title: optionalString('a string or null'),
  published: optionalString('a date string or null'),
  outlet: optionalString('a string or null'),
  url: optionalString('a string or null'),
  text: z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : `must be a string, not ${describeValue(issue.input)}`) }),
});

export type RecordResult = { ok: true; draft: ArticleDraft } | { ok: false; reason: string };

/** Validates one parsed JSON value; the reason names the offending field. */
export function parseArticleRecord(value: unknown): RecordResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: `expected an article object, not ${describeValue(value)}` };
  }
  const result = articleRecord.safeParse(value);
  if (!result.success) {
    const reason = result.error.issues.map((issue) => `field "${issue.path.join('.')}" ${issue.message}`).join('; ');
    return { ok: false, reason };
  }
  const record = result.data;
  return {
    ok: true,
    draft: {
      docId: record.id === undefined || record.id === null ? null : String(record.id),
      title: record.title ?? null,
      published: record.published ?? null,
      outlet: record.outlet ?? null,
      url: record.url ?? null,
      text: record.text,
    },
  };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
