// Lexicons ship beside the code; resolve them from this module so the same path works
// from src/ (vitest) and dist/ (the built CLI): both sit one level below the repo root.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function lexiconPath(...parts: string[]): string {
  return path.join(repoRoot, 'lexicons', ...parts);
}
