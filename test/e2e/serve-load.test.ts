// `annalist serve` under writes: posted articles are coded on extraction threads, so reads stay
// fast while large articles go in, and past the queue's depth a write is told to come back.
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../helpers/cli.js';
import { startServe, stopServe } from '../helpers/serve.js';
import { wireArticle } from '../helpers/wire-corpus.js';

let work: string;
const servers: ChildProcess[] = [];

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-serve-load-'));
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map(stopServe));
  rmSync(work, { recursive: true, force: true });
});

async function startServer(name: string, ...options: string[]): Promise<string> {
  const server = await startServe(['--db', path.join(work, `${name}.db`), '--create', ...options], work);
  servers.push(server.process);
  return server.url;
}

/** A long article of wire dispatches, `offset` making it differ from the others. */
function longArticle(bytes: number, offset: number): string {
  const parts: string[] = [];
  for (let n = offset, size = 0; size < bytes; n++) {
    const text = wireArticle(n).text;
    parts.push(text);
    size += text.length + 2;
  }
  return parts.join('\n\n');
}

function post(url: string, text: string): Promise<{ status: number; retryAfter: string | null; body: unknown }> {
  return fetch(`${url}api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, published: '2024-05-01' }) })
    .then(async (response) => ({ status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() }));
}

/** Milliseconds a GET takes, on a connection of its own (a stalled server shows as a slow answer, not a dropped socket). */
function timedGet(url: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http.get(url, { agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(performance.now() - started));
    }).on('error', reject);
  });
}

describe('annalist serve under writes', () => {
  it('answers reads in well under half a second while large articles are coded', async () => {
    const url = await startServer('load', '--extract-threads', '1');
    // The first article starts the extraction thread; timing starts after.
    expect((await post(url, wireArticle(0).text)).status).toBe(200);
    const latencies: number[] = [];
    let writing = true;
    const reads = (async () => {
      while (writing) {
        latencies.push(await timedGet(`${url}api/meta`));
        await sleep(50);
      }
    })();
    const writes = await Promise.all([1, 2, 3].map((k) => post(url, longArticle(400_000, k * 1000))));
    writing = false;
    await reads;
    expect(writes.map((write) => write.status)).toEqual([200, 200, 200]);
    expect(writes.every((write) => (write.body as { ingested: number }).ingested === 1)).toBe(true);
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)];
    process.stderr.write(`serve under writes: ${latencies.length} reads, median ${median.toFixed(0)} ms, slowest ${latencies.at(-1)!.toFixed(0)} ms\n`);
    expect(latencies.length).toBeGreaterThan(5);
    expect(median).toBeLessThan(500);
  }, 120_000);

  it('turns a write away with 503 and Retry-After once the queue is full, and takes it later', async () => {
    const url = await startServer('queue', '--extract-threads', '1', '--queue-depth', '1');
    const first = post(url, longArticle(300_000, 5000));
    await sleep(200);
    const second = await post(url, wireArticle(9001).text);
    expect(second.status).toBe(503);
    expect(second.retryAfter).toMatch(/^\d+$/);
    expect((second.body as { error: { message: string } }).error.message).toMatch(/extraction queue is full \(1 articles\)/);
    expect((await first).status).toBe(200);
    expect((await post(url, wireArticle(9001).text)).status).toBe(200);
  }, 120_000);
});
