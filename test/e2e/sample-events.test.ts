// scripts/sample-events.mjs end to end: the built CLI run over a small folder of categories.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot } from '../helpers/cli.js';

const script = path.join(repoRoot, 'scripts', 'sample-events.mjs');
const sample = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 60_000 });

let data: string;

beforeAll(() => {
  buildCli();
  data = mkdtempSync(path.join(tmpdir(), 'annalist-sample-'));
  const files: Record<string, string> = {
    'politics/001.txt': 'Iran condemns sanctions\n\nIran condemned the United States on Monday. France accused Russia of meddling.\n',
    'politics/002.txt': 'Talks\n\nThe United States imposed sanctions on Iran on Monday.\n',
    'sport/001.txt': 'Derby\n\nChelsea beat Arsenal on Sunday. The French government accused the Football Association of bias.\n',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.join(data, path.dirname(name)), { recursive: true });
    writeFileSync(path.join(data, name), text);
  }
});

describe('sample-events', () => {
  it('deals the sample among the categories, politics first, and prints each event with its file and coding', () => {
    const first = sample(data, '--n', '3', '--seed', '14');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^# 3 events from .*, seed 14 \(politics 2, sport 1\)/);
    expect(first.stdout).toMatch(/## 1\. politics\/00[12]\.txt\nsentence: /);
    expect(first.stdout).toMatch(/## 3\. sport\/001\.txt\n/);
    expect(first.stdout).toMatch(/code: +\d{3,4} .* rule \d{3,4}\./);
    expect(sample(data, '--n', '3', '--seed', '14').stdout).toBe(first.stdout);
  });

  it('a category that runs out leaves its turns to the others', () => {
    const result = sample(data, '--n', '9');
    expect(result.stdout).toMatch(/^# 4 events from .*, seed 14 \(politics 3, sport 1\)/);
  });

  it('a missing data folder is said plainly, with a non-zero exit', () => {
    const result = sample(path.join(data, 'no-such-folder'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/no data folder at .*no-such-folder/);
  });
});
