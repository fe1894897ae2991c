// `annalist ingest --workers N` must end exactly as one worker does: the same summary on
// stderr, the same articles and events in the store, whatever order the threads finish in.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, show } from '../helpers/cli.js';
import { wireArticle, wireCorpusJsonl } from '../helpers/wire-corpus.js';

let work: string;
let inputs: string;

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-workers-'));
  inputs = path.join(work, 'inputs');
  mkdirSync(inputs);
  writeFileSync(path.join(inputs, 'wire.jsonl'), wireCorpusJsonl(120));
  // A skip, a duplicate of a JSONL article, and a bad line between good ones: all must be reported in input order.
  writeFileSync(path.join(inputs, 'empty.txt'), '');
  writeFileSync(path.join(inputs, 'repeat.txt'), wireArticle(7).text);
  writeFileSync(path.join(inputs, 'mixed.jsonl'), [JSON.stringify(wireArticle(500)), '{"title": "no text"}', JSON.stringify(wireArticle(501))].join('\n'));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingest(db: string, workers: number) {
  const result = runCli(['ingest', inputs, '--db', db, '--workers', String(workers)], work);
  expect(result.code, show(result)).toBe(0);
  return result.stderr.replaceAll(db, 'DB');
}

describe('ingest --workers', () => {
  it('stores the same articles and events, and reports the same summary, as one worker', () => {
    const one = path.join(work, 'one.db');
    const three = path.join(work, 'three.db');
    const summaryOne = ingest(one, 1);
    expect(summaryOne).toMatch(/^122 ingested, 1 duplicate, 2 skipped/);
    expect(ingest(three, 3)).toBe(summaryOne);

    const mentionsOne = runCli(['events', '--db', one, '--mentions'], work);
    const mentionsThree = runCli(['events', '--db', three, '--mentions'], work);
    expect(mentionsOne.stdout.split('\n').length).toBeGreaterThan(122);
    expect(mentionsThree.stdout).toBe(mentionsOne.stdout);
    const eventsOne = runCli(['events', '--db', one], work);
    expect(eventsOne.stdout.length).toBeGreaterThan(0);
    expect(runCli(['events', '--db', three], work).stdout).toBe(eventsOne.stdout);
  });

  it('refuses a worker count that is not a positive whole number', () => {
    const result = runCli(['ingest', inputs, '--db', path.join(work, 'zero.db'), '--workers', '0'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/workers '0' is not a positive whole number/);
  });
});
