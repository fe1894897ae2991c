// Tab-separated lexicon tables: `#` comment lines, one header line naming the columns, then
// rows validated one by one with zod, so a typo on line 40 is reported as `file:40` and the
// field it broke, before any article is coded.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AnnalistError } from '../errors.js';

export interface TsvRow<T> {
  /** 1-based line number in the file. */
  line: number;
  /** `file:line`, for error messages. */
  input: string;
  value: T;
}

/** Reads a file as text; a missing or unreadable file is a lexicon error naming the path. */
export function readTsvFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AnnalistError('lexicon', `cannot read lexicon table: ${(cause as Error).message}`, { input: file, cause });
  }
}

/**
 * Parses a table whose header must list `columns` in order. Trailing columns may be left off a row
 * (they read as empty), so a row without a note needs no dangling tab.
 */
export function parseTsvTable<S extends z.ZodType>(
  text: string,
  file: string,
  columns: readonly string[],
  schema: S,
): TsvRow<z.output<S>>[] {
  const rows: TsvRow<z.output<S>>[] = [];
  const lines = text.split(/\r?\n/);
  let headerSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const input = `${file}:${i + 1}`;
    const fields = raw.split('\t').map((field) => field.trim());
    if (!headerSeen) {
      headerSeen = true;
      if (fields.join('\t') !== columns.join('\t')) {
        throw new AnnalistError('lexicon', `header: expected the columns ${columns.join(', ')} (tab-separated); found ${fields.join(', ')}`, { input });
      }
      continue;
    }
    if (fields.length > columns.length) {
      throw new AnnalistError('lexicon', `(row): ${fields.length} tab-separated fields, but the table has ${columns.length} columns (${columns.join(', ')})`, { input });
    }
    if (fields.length === 1 && columns.length > 1 && / /.test(fields[0])) {
      // "041 Discuss by telephone 1 1.0" typed with spaces: say so instead of "name: required".
      throw new AnnalistError('lexicon', `(row): no tabs; columns must be separated by tabs (${columns.join(', ')})`, { input });
    }
    const record: Record<string, string> = {};
    columns.forEach((column, index) => {
      record[column] = fields[index] ?? '';
    });
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      throw new AnnalistError('lexicon', describeIssues(parsed.error), { input, cause: parsed.error });
    }
    rows.push({ line: i + 1, input, value: parsed.data });
  }
  if (!headerSeen) {
    throw new AnnalistError('lexicon', `header: the table is empty; expected a header line ${columns.join('\t')}`, { input: file });
  }
  return rows;
}

/** "goldstein: expected a number from -10 to 10" for the first issue. */
function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue.path.map(String).join('.');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${field || '(row)'}: ${issue.message}${more}`;
}
