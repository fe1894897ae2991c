// `annalist explain` end to end, as a built process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, show } from '../helpers/cli.js';

const TEXT = 'Rudy Giuliani held a phone call with Venezuelan President Nicolás Maduro last September. Venezuela sends us drugs.';
let work: string;

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-explain-'));
  writeFileSync(path.join(work, 'articles.jsonl'), `${JSON.stringify({ id: 'a1', published: '2019-12-08', text: TEXT })}\n`);
}, 120_000);

describe('annalist explain', () => {
  it('--json gives one object per sentence, with the event a match was coded as', () => {
    const result = runCli(['explain', 'articles.jsonl', '--json', '-q'], work);
    expect(result.code, show(result)).toBe(0);
    const sentences = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(sentences.map((s) => s.sentence)).toEqual([1, 2]);
    const coded = sentences[0].decisions.find((d: { outcome: string }) => d.outcome === 'coded');
    expect(coded.event).toMatchObject({ cameo: '041', date: '2019-09', date_source: 'text' });
    expect(sentences[1].decisions[0]).toMatchObject({ outcome: 'skipped', reason: expect.stringContaining('quote') });
  });

  it('--sentence picks one sentence; a sentence past the end is a skipped input, said on stderr', () => {
    const one = runCli(['explain', 'articles.jsonl', '--sentence', '2', '-q'], work);
    expect(one.stdout).toMatch(/^article .* · sentence 2 of 2/);
    const past = runCli(['explain', 'articles.jsonl', '--sentence', '7'], work);
    expect(past.code, show(past)).toBe(0);
    expect(past.stderr).toContain('no sentence 7');
  });

  it('a bad --sentence is a usage error quoting it', () => {
    const result = runCli(['explain', 'articles.jsonl', '--sentence', 'x'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'x'");
  });
});
