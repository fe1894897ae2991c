// JSON lines in the gold/FORMAT.md shape, one article per line. A bad line is skipped as
// `file:line` with its reason; the lines around it are still read.
import { parseArticleRecord } from '../article-record.js';
import type { ReaderItem } from '../types.js';

export function* readJsonl(text: string, input: string): Iterable<ReaderItem> {
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '') continue;
    yield readJsonLine(line, `${input}:${index + 1}`);
  }
}

function readJsonLine(line: string, input: string): ReaderItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'skipped', input, reason: `invalid JSON (${(error as Error).message})` };
  }
  const record = parseArticleRecord(value);
  if (!record.ok) return { kind: 'skipped', input, reason: record.reason };
  return { kind: 'draft', input, draft: record.draft, warnings: [] };
}

/** True when the first non-empty line is a JSON value by itself, as in JSON lines. */
export function startsWithJsonLine(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '');
  if (first === undefined) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}
