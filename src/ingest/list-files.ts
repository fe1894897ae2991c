// The files under a directory, depth first in sorted order so that a batch ingests the
// same way on every machine. Hidden entries (.git, .DS_Store) are not inputs, and a corpus
// folder's README, LICENSE or CHANGELOG is about the corpus, not an article in it: those are
// skipped with that reason (named as an input, such a file is read like any other).
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readErrorReason } from './read-error.js';

/** Names (before the extension, any case) of the files that document a folder rather than belong to it. */
const PROJECT_FILES = new Set(['readme', 'license', 'licence', 'copying', 'changelog', 'changes', 'notice', 'authors', 'contributing']);

export type ListedFile = { kind: 'file'; path: string } | { kind: 'skipped'; input: string; reason: string };

export async function* listFiles(directory: string): AsyncGenerator<ListedFile> {
  let found = false;
  for await (const entry of walk(directory, new Set())) {
    found = true;
    yield entry;
  }
  // Every input is accounted for, an empty directory included.
  if (!found) yield { kind: 'skipped', input: directory, reason: 'no files' };
}

async function* walk(directory: string, visited: Set<string>): AsyncGenerator<ListedFile> {
  let entries: Dirent[];
  try {
    // A symbolic link back up the tree would otherwise be walked forever.
    const real = await realpath(directory);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'skipped', input: directory, reason: readErrorReason(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        yield { kind: 'skipped', input: path, reason: readErrorReason(error) };
        continue;
      }
    }
    if (isDirectory) yield* walk(path, visited);
    else if (isFile && PROJECT_FILES.has(entry.name.replace(/\.[^.]*$/, '').toLowerCase())) {
      yield { kind: 'skipped', input: path, reason: 'a README, LICENSE or CHANGELOG describes the folder, not an article in it; name the file itself to read it' };
    } else if (isFile) yield { kind: 'file', path };
    else yield { kind: 'skipped', input: path, reason: 'not a regular file' };
  }
}
