// A run killed after storing articles and before consolidating them leaves mentions in no
// event. `events` and `serve` notice, consolidate, and say so: the store ends as a finished
// ingest leaves it.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot, runCli, show } from '../helpers/cli.js';
import { startServe, stopServe } from '../helpers/serve.js';

let work: string;
let finished: string;
let expected: string;

/** A copy of the finished store as a crash between storing and consolidating leaves it. */
function crashedCopy(name: string): string {
  const db = path.join(work, name);
  copyFileSync(finished, db);
  const sqlite = new Database(db);
  sqlite.exec('UPDATE event_mentions SET event_id = NULL; DELETE FROM events;');
  sqlite.close();
  return db;
}

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-crash-'));
  finished = path.join(work, 'finished.db');
  const ingested = runCli(['ingest', path.join(repoRoot, 'examples'), '--db', finished, '--quiet'], work);
  expect(ingested.code, show(ingested)).toBe(0);
  expected = runCli(['events', '--db', finished], work).stdout;
  expect(expected.split('\n').length).toBeGreaterThan(10);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('after a crash between storing and consolidating', () => {
  it('events consolidates first, says so, and lists what a finished ingest would', () => {
    const db = crashedCopy('events.db');
    const listed = runCli(['events', '--db', db], work);
    expect(listed.code, show(listed)).toBe(0);
    expect(listed.stderr).toMatch(/event mentions were in no event \(a run stopped before consolidating\); consolidated them: \d+ events/);
    expect(listed.stdout).toBe(expected);
    // Once caught up, nothing more to say.
    expect(runCli(['events', '--db', db], work).stderr).toBe('');
  });

  it('serve consolidates before it listens, and says so', async () => {
    const db = crashedCopy('serve.db');
    const server = await startServe(['--db', db], work);
    await stopServe(server.process);
    expect(server.banner).toMatch(/^annalist serve: .*serve\.db: \d+ stored event mentions were in no event .*consolidated them: \d+ events\n/);
    expect(runCli(['events', '--db', db], work).stdout).toBe(expected);
  }, 60_000);
});
