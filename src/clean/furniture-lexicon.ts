// The furniture-lines lexicon: lines of page furniture ("Share this:", "Advertisement"),
// kept as data (lexicons/clean/furniture-lines.txt) so a user can read and extend it.
import { AnnalistError } from '../errors.js';
import { lexiconFiles } from '../lexicon-path.js';
import { readLexiconFile } from '../lexicon-tsv.js';
import { normalizeLine } from './lines.js';

export interface FurnitureLexicon {
  /** Normalized phrases (see `phraseKey`). */
  phrases: Set<string>;
  /** Whole-line patterns. */
  patterns: RegExp[];
}

/** A phrase's or a line's comparison key: whitespace collapsed, lower case, no trailing colon. */
export function phraseKey(text: string): string {
  return normalizeLine(text).replace(/\s*:$/, '').toLowerCase();
}

/** Parses lexicon source; `file` names it in errors, which point at `file:line`. */
export function parseFurnitureLines(source: string, file: string): FurnitureLexicon {
  const lexicon: FurnitureLexicon = { phrases: new Set(), patterns: [] };
  source.split(/\r?\n/).forEach((raw, index) => {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) return;
    const regex = /^\/(.+)\/([a-z]*)$/.exec(entry);
    if (!regex) {
      const key = phraseKey(entry);
      if (key === '') throw new AnnalistError('lexicon', `'${entry}' is empty once its trailing colon is removed`, { input: `${file}:${index + 1}` });
      lexicon.phrases.add(key);
      return;
    }
    try {
      lexicon.patterns.push(new RegExp(`^(?:${regex[1]})$`, regex[2]));
    } catch (error) {
      throw new AnnalistError('lexicon', `invalid regular expression ${entry}: ${(error as Error).message}`, { input: `${file}:${index + 1}`, cause: error });
    }
  });
  return lexicon;
}

/** The built-in furniture lines and those at each `--lexicon` location (`extra`). */
export function loadFurnitureLines(extra: readonly string[] = []): FurnitureLexicon {
  const lexicon: FurnitureLexicon = { phrases: new Set(), patterns: [] };
  for (const file of lexiconFiles('clean', 'furniture-lines.txt', extra)) {
    const read = parseFurnitureLines(readLexiconFile(file), file);
    for (const phrase of read.phrases) lexicon.phrases.add(phrase);
    lexicon.patterns.push(...read.patterns);
  }
  return lexicon;
}

/** Whether a whole line is furniture. */
export function isFurnitureLine(lexicon: FurnitureLexicon, line: string): boolean {
  if (lexicon.phrases.has(phraseKey(line))) return true;
  const normalized = normalizeLine(line);
  return normalized !== '' && lexicon.patterns.some((pattern) => pattern.test(normalized));
}
