// Which reader reads an input: files by extension, stdin and pipes by their first character.
import { extname } from 'node:path';
import { readHtml } from './readers/html.js';
import { readJson } from './readers/json.js';
import { readJsonl, startsWithJsonLine } from './readers/jsonl.js';
import { readPlainText } from './readers/plain-text.js';
import type { Reader } from './types.js';

const BY_EXTENSION: Record<string, Reader> = {
  '': readPlainText,
  '.txt': readPlainText,
  '.text': readPlainText,
  '.md': readPlainText,
  '.jsonl': readJsonl,
  '.ndjson': readJsonl,
  '.json': readJson,
  '.html': readHtml,
  '.htm': readHtml,
};

/** The reader for a file, or null when its extension is not one annalist reads. */
export function readerForPath(path: string): Reader | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** For content without a name to go by: JSON lines if it opens with `{`, HTML with `<`, else plain text. */
export function sniffReader(text: string): Reader {
  const start = text.trimStart();
  // A pretty-printed object opens with a line that is not JSON by itself.
  if (start.startsWith('{')) return startsWithJsonLine(start) ? readJsonl : readJson;
  if (start.startsWith('[')) return readJson;
  if (start.startsWith('<')) return readHtml;
  return readPlainText;
}
