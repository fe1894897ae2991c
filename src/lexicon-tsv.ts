// Lexicon tables: tab-separated, `#` lines are comments (sources, how to extend), the first
// other line names the columns. Every row is checked against a schema; an error names
// file:line and the field, so a user's typo in their own lexicon points at itself.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { AnnalistError } from './errors.js';
import { lexiconFileIn } from './lexicon-path.js';

/** A lexicon file's text; an unreadable file is a lexicon error naming it. */
export function readLexiconFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new AnnalistError('lexicon', 'cannot read lexicon file', { input: file, cause: error });
  }
}

/** Rows of a TSV with a header line; `#` lines are comments. */
export function readTsv<T>(file: string, schema: z.ZodType<T>, columns: string[]): T[] {
  const text = readLexiconFile(file);
  const rows: T[] = [];
  let header = true;
  text.split('\n').forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (header) {
      header = false;
      if (cells[0].trim() === columns[0]) return;
    }
    const record = Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? '').trim()]));
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AnnalistError('lexicon', `field '${issue.path.join('.')}': ${issue.message}`, { input: `${file}:${index + 1}` });
    }
    rows.push(parsed.data);
  });
  return rows;
}

/** Rows of the lexicon table `name` at a lexicon location (see lexiconFileIn); none when it holds no such table. */
export function readTsvAt<T>(location: string, name: string, schema: z.ZodType<T>, columns: string[]): T[] {
  const file = lexiconFileIn(location, name);
  return file === null ? [] : readTsv(file, schema, columns);
}
