// The CLI on PostgreSQL: the same ingest and the same queries give the same answers as on
// SQLite; the queue commands say clearly when they are given no PostgreSQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, show } from '../helpers/cli.js';
import { TestSchemas } from '../helpers/postgres.js';
import { wireCorpusJsonl } from '../helpers/wire-corpus.js';

const schemas = new TestSchemas();
let work: string;
let corpus: string;

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-pg-cli-'));
  corpus = path.join(work, 'wire.jsonl');
  writeFileSync(corpus, wireCorpusJsonl(40));
}, 180_000);

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await schemas.dropAll();
});

describe('annalist on PostgreSQL', () => {
  it('stores and answers queries exactly as SQLite does', async () => {
    const sqlite = path.join(work, 'annalist.db');
    const postgres = await schemas.create();
    for (const db of [sqlite, postgres]) {
      const ingested = runCli(['ingest', corpus, '--db', db], work);
      expect(ingested.code, show(ingested)).toBe(0);
      expect(ingested.stderr).toMatch(/^40 ingested, 0 duplicates, 0 skipped/);
    }
    for (const query of [['--format', 'csv'], ['--actor', 'france'], ['--country', 'IRN', '--format', 'gdelt'], ['--since', '2024-05-10', '--limit', '7']]) {
      const fromSqlite = runCli(['events', '--db', sqlite, ...query], work);
      const fromPostgres = runCli(['events', '--db', postgres, ...query], work);
      expect(fromPostgres.code, show(fromPostgres)).toBe(0);
      expect(fromPostgres.stdout.length).toBeGreaterThan(0);
      // GDELT's DATEADDED (column 60) is when each store took the article: the two ingests ran at different times.
      const sameButDateAdded = (tsv: string) => tsv.split('\n').map((line) => line.split('\t').map((cell, i) => (i === 59 && query.includes('gdelt') ? '' : cell)).join('\t')).join('\n');
      expect(sameButDateAdded(fromPostgres.stdout), query.join(' ')).toBe(sameButDateAdded(fromSqlite.stdout));
    }
  });

  it('is chosen by DATABASE_URL when neither --db nor ANNALIST_DB is given', async () => {
    const postgres = await schemas.create();
    const ingested = runCli(['ingest', corpus], work, { env: { ANNALIST_DB: '', DATABASE_URL: postgres } });
    expect(ingested.code, show(ingested)).toBe(0);
    const sqlite = path.join(work, 'by-path.db');
    expect(runCli(['ingest', corpus, '--db', sqlite], work).code).toBe(0);
    const listed = runCli(['events', '--db', postgres, '--format', 'csv'], work).stdout;
    expect(listed.split('\n').length).toBeGreaterThan(20);
    expect(listed).toBe(runCli(['events', '--db', sqlite, '--format', 'csv'], work).stdout);
  });

  it('refuses to run the queue anywhere but in PostgreSQL', () => {
    const none = runCli(['enqueue', corpus], work, { env: { ANNALIST_DB: '', DATABASE_URL: '' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/the job queue lives in PostgreSQL: give --db postgres:\/\/… or set DATABASE_URL/);
    const sqlite = runCli(['worker', '--db', path.join(work, 'queue.db')], work);
    expect(sqlite.code).toBe(2);
    expect(sqlite.stderr).toMatch(/the job queue lives in PostgreSQL, not in '.*queue\.db'/);
    expect(runCli(['enqueue', corpus, '--max-attempts', '0', '--db', 'postgres://127.0.0.1:1/x'], work).code).toBe(2);
  });
});
