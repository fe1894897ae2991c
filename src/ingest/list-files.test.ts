import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles, type ListedFile } from './list-files.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'annalist-list-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function list(directory: string): Promise<ListedFile[]> {
  const listed: ListedFile[] = [];
  for await (const entry of listFiles(directory)) listed.push(entry);
  return listed;
}

function write(relative: string): void {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
}

describe('listFiles', () => {
  it('walks depth first in sorted order, skipping hidden files and directories', async () => {
    for (const file of ['b.txt', 'a/z.txt', 'a/c/d.txt', 'A.txt', '.hidden.txt', '.git/config', 'a/.cache/e.txt']) write(file);
    expect(await list(root)).toEqual(
      ['A.txt', 'a/c/d.txt', 'a/z.txt', 'b.txt'].map((file) => ({ kind: 'file', path: join(root, file) })),
    );
  });

  it('follows symbolic links without looping', async () => {
    write('a/one.txt');
    symlinkSync(root, join(root, 'a', 'loop'));
    symlinkSync(join(root, 'a', 'one.txt'), join(root, 'link.txt'));
    expect(await list(root)).toEqual([
      { kind: 'file', path: join(root, 'a', 'one.txt') },
      { kind: 'file', path: join(root, 'link.txt') },
    ]);
  });

  it('reports a dangling link and an empty directory', async () => {
    symlinkSync(join(root, 'missing.txt'), join(root, 'dangling.txt'));
    expect(await list(root)).toEqual([{ kind: 'skipped', input: join(root, 'dangling.txt'), reason: 'not found' }]);
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(await list(empty)).toEqual([{ kind: 'skipped', input: empty, reason: 'no files' }]);
  });
});
