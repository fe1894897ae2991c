// A .json file: one article object, or an array of them (named `file[index]`). Data sets
// often name JSON lines `.json`; such a file is read as JSON lines rather than refused.
import { parseArticleRecord } from '../article-record.js';
import type { ReaderItem } from '../types.js';
import { readJsonl, startsWithJsonLine } from './jsonl.js';

export function* readJson(text: string, input: string): Iterable<ReaderItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (startsWithJsonLine(text)) {
      yield* readJsonl(text, input);
      return;
    }
    yield { kind: 'skipped', input, reason: `invalid JSON (${(error as Error).message})` };
    return;
  }
  if (!Array.isArray(value)) {
    yield readRecord(value, input);
    return;
  }
  if (value.length === 0) {
    yield { kind: 'skipped', input, reason: 'no articles (empty array)' };
    return;
  }
  for (let index = 0; index < value.length; index++) yield readRecord(value[index], `${input}[${index}]`);
}

function readRecord(value: unknown, input: string): ReaderItem {
  const record = parseArticleRecord(value);
  if (!record.ok) return { kind: 'skipped', input, reason: record.reason };
  return { kind: 'draft', input, draft: record.draft, warnings: [] };
}
