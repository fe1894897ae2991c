// Same input, same events: an article's mentions (ids and content) must not depend on what the
// process read before it. The sample holds the bundled examples, wire dispatches, and pairs of
// articles built to catch state that leaks between articles: the first of a pair ends a
// sentence on a possessive name ("… was never Mr Okonjo's."), which wink once learned as one
// word and then kept whole in every later article. The sample is extracted forwards,
// backwards and shuffled (scripts/check-determinism.mjs), ingested on two threads, and processed by PostgreSQL workers.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, buildCli, repoRoot, runCli, show } from '../helpers/cli.js';
import { createTestDatabase } from '../helpers/postgres.js';
import { wireArticle } from '../helpers/wire-corpus.js';

const SURNAMES = ['Okonjo', 'Vasquezi', 'Thorvaldsen', 'Mbekwa', 'Lindqvara', 'Castellano-Ruiz'];

/** Two articles about one invented person: a possessive before a full stop, then the name in use. */
function leakPair(surname: string, n: number): [string, string] {
  return [
    `Ms Ferraro said the flat in Lagos was never Mr ${surname}'s. She declined to comment further on Tuesday.\n\nThe police said the inquiry would continue.`,
    `Mr ${surname}'s own remarks had prompted censure in parliament. And he also urged the government to hold talks with the unions on day ${n}.\n\nMr ${surname} later met the French ambassador.`,
  ];
}

const sortedLines = (text: string) => text.split('\n').filter(Boolean).sort().join('\n');

let work: string;
let files: string[];

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-determinism-'));
  const corpus = path.join(work, 'corpus');
  mkdirSync(corpus);
  const examples = path.join(repoRoot, 'examples');
  for (const name of readdirSync(examples)) if (name !== 'README.md') copyFileSync(path.join(examples, name), path.join(corpus, name));
  SURNAMES.forEach((surname, n) => {
    const [first, second] = leakPair(surname, n);
    writeFileSync(path.join(corpus, `pair-${n}-a.txt`), first);
    writeFileSync(path.join(corpus, `pair-${n}-b.txt`), second);
  });
  for (let n = 0; n < 12; n++) writeFileSync(path.join(corpus, `wire-${n}.txt`), wireArticle(n).text);
  files = readdirSync(corpus).sort().map((name) => path.join('corpus', name));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function extract(inputs: string[]): string {
  const result = runCli(['extract', '--quiet', '--published', '2024-05-01', ...inputs], work);
  expect(result.code, show(result)).toBe(0);
  return sortedLines(result.stdout);
}

describe('determinism', () => {
  it('extracts the same mentions forwards, backwards, shuffled, and one article at a time', () => {
    // Forwards, backwards and shuffled, each in a process of its own: the script users run.
    const check = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'check-determinism.mjs'), path.join(work, 'corpus')], { encoding: 'utf8' });
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
    expect(check.stdout).toMatch(/^forwards: \d+ files, \d+ mentions, sha256 [0-9a-f]{64}\nbackwards: .*\nshuffled \(seed 17\): .*\nidentical\n$/);
    expect(Number(/(\d+) mentions/.exec(check.stdout)?.[1])).toBeGreaterThan(40);
    const forwards = extract(files);
    // Each article of a pair alone, in a process of its own, as a resumed run would meet it.
    const pairs = files.filter((file) => /pair-.*-b\.txt$/.test(file));
    const alone = pairs.map((file) => extract([file])).join('\n');
    const ids = new Set(alone.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { article_id: string }).article_id));
    expect(ids.size).toBeGreaterThanOrEqual(SURNAMES.length);
    const fromBatch = forwards.split('\n').filter((line) => ids.has((JSON.parse(line) as { article_id: string }).article_id));
    expect(sortedLines(alone)).toBe(fromBatch.join('\n'));
  }, 120_000);

  it('stores the same mentions with two threads as one fresh ingest', () => {
    const mentions = (db: string, workers: number) => {
      const ingested = runCli(['ingest', 'corpus', '--db', db, '--workers', String(workers), '--published', '2024-05-01'], work);
      expect(ingested.code, show(ingested)).toBe(0);
      const listed = runCli(['events', '--db', db, '--mentions'], work);
      expect(listed.code, show(listed)).toBe(0);
      return listed.stdout;
    };
    const one = mentions(path.join(work, 'one.db'), 1);
    expect(one.split('\n').length).toBeGreaterThan(40);
    expect(mentions(path.join(work, 'two.db'), 2)).toBe(one);
  }, 120_000);

  it('stores the same mentions through PostgreSQL workers as one fresh ingest', async () => {
    const reference = runCli(['extract', 'corpus', '--quiet', '--published', '2024-05-01'], work);
    expect(reference.code, show(reference)).toBe(0);
    const expected = reference.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id).sort();
    const database = await createTestDatabase();
    try {
      const enqueued = runCli(['enqueue', 'corpus', '--db', database.url, '--published', '2024-05-01'], work);
      expect(enqueued.code, show(enqueued)).toBe(0);
      // Two workers take jobs in whatever order they reach them.
      const workers = [0, 1].map(() => spawn(process.execPath, [binPath, 'worker', '--db', database.url, '--quiet'], { cwd: work, stdio: 'ignore' }));
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const deadline = Date.now() + 90_000;
        for (;;) {
          const { rows } = await client.query<{ jobs: number }>('SELECT count(*)::int AS jobs FROM graphile_worker.jobs');
          if (rows[0].jobs === 0 || Date.now() > deadline) break;
          await sleep(200);
        }
        const stored = await client.query<{ id: string }>('SELECT id FROM event_mentions');
        expect(stored.rows.map((row) => row.id).sort()).toEqual(expected);
      } finally {
        await client.end();
        for (const worker of workers) worker.kill('SIGTERM');
        await Promise.all(workers.map((worker) => new Promise((resolve) => worker.exitCode === null ? worker.once('exit', resolve) : resolve(null))));
      }
    } finally {
      await database.drop();
    }
  }, 150_000);
});

