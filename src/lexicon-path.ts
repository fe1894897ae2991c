// Lexicons ship beside the code; resolve them from this module so the same path works
// from src/ (vitest) and dist/ (the built CLI): both sit one level below the repo root.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function lexiconPath(...parts: string[]): string {
  return path.join(repoRoot, 'lexicons', ...parts);
}

/**
 * The lexicon file `name` at a `--lexicon` location: inside it when the location is a folder, the
 * location itself when it is a file of that name ("--lexicon mine/clause-markers.tsv"); null otherwise.
 */
export function lexiconFileIn(location: string, name: string): string | null {
  if (path.basename(location) === name && existsSync(location) && statSync(location).isFile()) return location;
  const inside = path.join(location, name);
  return existsSync(inside) ? inside : null;
}

/** Every file of the lexicon `name`, in reading order: the built-in one in lexicons/<folder>/, then each `--lexicon` location's. */
export function lexiconFiles(folder: string, name: string, extra: readonly string[]): string[] {
  return [lexiconPath(folder, name), ...extra.flatMap((location) => lexiconFileIn(location, name) ?? [])];
}
