// Several outlets report one phone call and one apology; an older call between the same two
// leaders is another event. Ingested all at once, one by one, or in shuffled orders, the store
// ends with the same events, the same ids and the same counts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsolidatedEvent } from '../../src/contract.js';
import { buildCli, repoRoot, runCli, show } from '../helpers/cli.js';

const reports = readFileSync(path.join(repoRoot, 'test', 'e2e', 'testdata', 'consolidation', 'reports.jsonl'), 'utf8')
  .split('\n').filter((line) => line.trim() !== '');
let work: string;

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-consolidation-'));
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

let stores = 0;
/** Ingests the articles (indexes into `reports`) in the given runs, then lists the consolidated events. */
function ingestInRuns(runs: number[][]): ConsolidatedEvent[] {
  const db = path.join(work, `store-${++stores}.db`);
  runs.forEach((run, index) => {
    const file = path.join(work, `run-${stores}-${index}.jsonl`);
    writeFileSync(file, run.map((i) => reports[i]).join('\n'));
    const result = runCli(['ingest', file, '--db', db, '--quiet'], work);
    expect(result.code, show(result)).toBe(0);
  });
  const listed = runCli(['events', '--db', db], work);
  expect(listed.code, show(listed)).toBe(0);
  return listed.stdout.trim().split('\n').map((line) => JSON.parse(line) as ConsolidatedEvent);
}

const summary = (events: ConsolidatedEvent[]) =>
  events.map((e) => [e.id, e.cameo, e.actor?.name, e.recipient?.name, e.date, e.num_mentions, e.num_articles, e.num_sources]);

describe('consolidation across articles', () => {
  it('makes one event of each happening, with its mentions, sources and first report', () => {
    const events = ingestInRuns([[0, 1, 2, 3]]);
    const calls = events.filter((e) => e.cameo === '041');
    expect(calls.map((e) => [e.date, e.num_articles, e.num_sources]).sort())
      .toEqual([['2023-02-06', 1, 1], ['2025-11-20', 3, 3]]);
    const call = calls.find((e) => e.date === '2025-11-20')!;
    expect(call.first_reported).toMatchObject({ outlet: 'Reuters', published: '2025-11-21' });
    expect(call.mentions.map((m) => m.outlet)).toEqual(['Reuters', 'Associated Press', 'Le Monde']);
    expect(call.trail).toMatch(/^first reported by Reuters on 2025-11-21, citing Élysée; then Associated Press/);
    const apologies = events.filter((e) => e.cameo === '055');
    expect(apologies.map((e) => [e.actor?.name, e.recipient?.name, e.date, e.num_articles]))
      .toEqual([['Friedrich Merz', 'Luiz Inácio Lula da Silva', '2025-11-19', 3]]);
  });

  it('ends with the same events and ids whatever the order and batching of the ingests', () => {
    const together = summary(ingestInRuns([[0, 1, 2, 3]]));
    expect(summary(ingestInRuns([[3, 2, 1, 0]]))).toEqual(together);
    expect(summary(ingestInRuns([[2], [0], [3], [1]]))).toEqual(together);
    expect(summary(ingestInRuns([[1, 3], [2, 0]]))).toEqual(together);
  });

  it('fills GDELT NumMentions, NumSources and NumArticles from the consolidated events', () => {
    ingestInRuns([[0, 1, 2, 3]]);
    const db = path.join(work, `store-${stores}.db`);
    const gdelt = runCli(['events', '--db', db, '--format', 'gdelt', '--header', '--code', '041'], work);
    expect(gdelt.code, show(gdelt)).toBe(0);
    const [header, ...rows] = gdelt.stdout.trim().split('\n').map((line) => line.split('\t'));
    const column = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows.map((row) => [column(row, 'SQLDATE'), column(row, 'NumMentions'), column(row, 'NumSources'), column(row, 'NumArticles')]).sort())
      .toEqual([['20230206', '1', '1', '1'], ['20251120', '3', '3', '3']]);
    const mentions = runCli(['events', '--db', db, '--mentions', '--code', '041'], work);
    expect(mentions.stdout.trim().split('\n')).toHaveLength(4);
  });
});
