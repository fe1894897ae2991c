// annalist codes: the coding scheme (CAMEO codes, QuadClass, Goldstein, PLOVER, patterns) as
// Markdown or JSON lines, from the lexicons in use (--lexicon adds patterns).
import { AnnalistError } from '../../errors.js';
import { loadLexicons } from '../../lexicons.js';
import { codingScheme, schemeMarkdown } from '../../ontology/coding-scheme.js';

export function codesCommand(options: { format: string; lexicon?: string[] }): void {
  if (options.format !== 'md' && options.format !== 'json') throw new AnnalistError('usage', `format '${options.format}' is not md or json`);
  const lexicons = loadLexicons(options.lexicon ?? []);
  const entries = codingScheme(lexicons.codes, lexicons.eventPatterns);
  process.stdout.write(options.format === 'md' ? schemeMarkdown(entries) : entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
}
