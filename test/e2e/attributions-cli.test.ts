// `annalist attributions` and `annalist eval-attributions` end to end, on files in a temp folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttributionRecord } from '../../src/attribution/to-records.js';
import { buildCli, runCli, show } from '../helpers/cli.js';

// A non-breaking space and a stray line the cleaner deletes: offsets must still fit the file.
const ARTICLE = 'Share this\nSessions spokesperson Matt\u00a0Mackowiak confirmed to The Hill on Sunday that the call took place.\n\n“We will see,” Trump said.\n';
let work: string;

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-attributions-'));
  writeFileSync(path.join(work, 'article.txt'), ARTICLE);
  const dev = path.join(work, 'polnear', 'data', 'dev');
  mkdirSync(path.join(dev, 'text'), { recursive: true });
  mkdirSync(path.join(dev, 'attributions'), { recursive: true });
  writeFileSync(path.join(dev, 'text', 'a.txt'), 'Trump said the call was short.');
  writeFileSync(path.join(dev, 'attributions', 'a_0000.ann'), 'T1\tSource 0 5\tTrump\nT2\tCue 6 10\tsaid\nT3\tContent 11 29\tthe call was short\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('annalist attributions', () => {
  it('prints one JSON line per attribution with spans into the file as given', () => {
    const result = runCli(['attributions', 'article.txt', '--published', '2019-12-08', '--quiet'], work);
    expect(result.code, show(result)).toBe(0);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as AttributionRecord);
    expect(records.map((r) => r.cue.text)).toEqual(['confirmed', 'said']);
    for (const record of records) {
      for (const span of [record.cue, record.source, record.content]) {
        if (span) expect(ARTICLE.slice(span.start, span.end)).toBe(span.text);
      }
    }
    expect(records[0]).toMatchObject({ source: { text: 'Sessions spokesperson Matt\u00a0Mackowiak' }, content: { text: 'that the call took place' }, status: 'reported', outlets: ['The Hill'] });
    expect(records[1]).toMatchObject({ source: { text: 'Trump' }, content: { text: '“We will see,”' } });
  });
});

describe('annalist eval-attributions', () => {
  it('scores a PolNeAR folder and prints the figures as JSON', () => {
    const result = runCli(['eval-attributions', 'polnear', '--json'], work);
    expect(result.code, show(result)).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ split: 'dev', articles: 1 });
    expect(report.roles.cue.f1).toBe(1);
  });

  it('a folder that is no corpus is an input error (exit 3)', () => {
    const result = runCli(['eval-attributions', 'nowhere'], work);
    expect(result.code, show(result)).toBe(3);
    expect(result.stderr).toMatch(/nowhere: not a PolNeAR corpus/);
  });
});
