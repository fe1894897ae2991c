// Ingestion's entry point: paths, directories and stdin in, one item per article or skip
// out. One bad input never ends the batch; it becomes a skip with its reason.
import { readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { AnnalistError, describeError } from '../errors.js';
import { buildArticle, type ArticleDefaults } from './build-article.js';
import { maxArticleBytes, oversizeReason } from './article-size.js';
import { readPlainText } from './readers/plain-text.js';
import { decodeBytes } from './decode.js';
import { listFiles } from './list-files.js';
import { normalizePublished } from './published-date.js';
import { readErrorReason } from './read-error.js';
import { readerForPath, sniffReader } from './select-reader.js';
import type { IngestItem, IngestOptions, Reader } from './types.js';

export const STDIN_INPUT = 'stdin';

export type ReadInputsOptions = IngestOptions & {
  /** Read for the input `-`; process.stdin when absent. */
  stdin?: NodeJS.ReadableStream;
};

/**
 * Articles and skips from every input, in order; directories are walked recursively.
 * Throws only for wrong options (an AnnalistError 'usage'), before the first item.
 */
export async function* readInputs(inputs: string[], options: ReadInputsOptions = {}): AsyncGenerator<IngestItem> {
  const defaults = resolveDefaults(options);
  for (const input of inputs) {
    if (input === '-') yield* readStdin(options.stdin ?? process.stdin, defaults);
    // Without this, a pasted link would be reported as a file that is "not found".
    else if (/^https?:\/\//i.test(input)) yield { kind: 'skipped', input, reason: 'URLs are not fetched; save the page and ingest the file' };
    else yield* readPath(input, defaults);
  }
}

function resolveDefaults(options: IngestOptions): ArticleDefaults {
  let published: string | null = null;
  if (options.published !== undefined) {
    published = normalizePublished(options.published);
    if (published === null) throw new AnnalistError('usage', `published date "${options.published}" is not a calendar date; expected YYYY-MM-DD`);
  }
  const outlet = options.outlet?.trim();
  let maxBytes: number;
  try {
    maxBytes = maxArticleBytes(options.maxArticleMb);
  } catch (error) {
    throw new AnnalistError('usage', (error as Error).message);
  }
  return { published, outlet: outlet ? outlet : null, maxArticleBytes: maxBytes };
}

async function* readPath(path: string, defaults: ArticleDefaults): AsyncGenerator<IngestItem> {
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    yield { kind: 'skipped', input: path, reason: readErrorReason(error) };
    return;
  }
  if (stats.isDirectory()) {
    for await (const listed of listFiles(path)) {
      if (listed.kind === 'skipped') yield listed;
      else yield* readFileInput(listed.path, readerForPath(listed.path), defaults);
    }
  } else if (stats.isFile()) {
    yield* readFileInput(path, readerForPath(path), defaults);
  } else if (stats.isFIFO()) {
    // A pipe such as bash's <(…) has no telling name; its content says what it is.
    yield* readFileInput(path, 'sniff', defaults);
  } else {
    yield { kind: 'skipped', input: path, reason: 'not a regular file' };
  }
}

async function* readFileInput(path: string, reader: Reader | 'sniff' | null, defaults: ArticleDefaults): AsyncGenerator<IngestItem> {
  if (reader === null) {
    yield { kind: 'skipped', input: path, reason: `unsupported file type (${extname(path)})` };
    return;
  }
  // A plain-text file is all article: one over the limit is skipped unread (a 50 MB log need not be decoded).
  const size = reader === readPlainText ? statSync(path, { throwIfNoEntry: false })?.size ?? 0 : 0;
  const oversize = oversizeReason(size, defaults.maxArticleBytes ?? maxArticleBytes(undefined));
  if (oversize) {
    yield { kind: 'skipped', input: path, reason: oversize };
    return;
  }
  let bytes: Uint8Array;
  try {
    // Synchronous: inputs are read one at a time anyway, and for a news article the promise
    // API's overhead costs ten times the read itself.
    bytes = readFileSync(path);
  } catch (error) {
    yield { kind: 'skipped', input: path, reason: readErrorReason(error) };
    return;
  }
  yield* readContent(bytes, path, reader, defaults);
}

async function* readStdin(stream: NodeJS.ReadableStream, defaults: ArticleDefaults): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  } catch (error) {
    yield { kind: 'skipped', input: STDIN_INPUT, reason: `could not read stdin (${describeError(error)})` };
    return;
  }
  yield* readContent(Buffer.concat(chunks), STDIN_INPUT, 'sniff', defaults);
}

function* readContent(bytes: Uint8Array, input: string, reader: Reader | 'sniff', defaults: ArticleDefaults): Generator<IngestItem> {
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'skipped') {
    yield { kind: 'skipped', input, reason: decoded.reason };
    return;
  }
  const read = reader === 'sniff' ? sniffReader(decoded.text) : reader;
  try {
    for (const item of read(decoded.text, input)) {
      if (item.kind === 'skipped') yield item;
      else yield buildArticle(item.draft, item.input, defaults, [...decoded.warnings, ...item.warnings]);
    }
  } catch (error) {
    // A reader that breaks on odd content (Readability on a malformed page) costs that input only.
    yield { kind: 'skipped', input, reason: `could not be read (${describeError(error)})` };
  }
}
