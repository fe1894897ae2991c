// Extraction threads for `annalist ingest --workers N`, N - 1 of them. Each thread holds its
// own pipeline (wink-nlp, lexicons); the main thread reads inputs, writes the store and
// extracts too (process-articles.ts).
// An article goes to the thread with the least text waiting. A thread counts the characters
// of text it has finished in memory shared with the main thread, which can read how busy each
// thread is even while busy itself, before their replies reach it.
import { Worker } from 'node:worker_threads';
import type { Article, EventRecord } from '../contract.js';
import { AnnalistError, type ErrorCode } from '../errors.js';

export interface ThreadRequest {
  id: number;
  article: Article;
}

export type ThreadReply =
  | { kind: 'ready' }
  | { kind: 'fatal'; code: ErrorCode; message: string }
  | { kind: 'events'; id: number; events: EventRecord[] }
  | { kind: 'failed'; id: number; message: string };

export interface ThreadExtractor {
  /** The article's events; rejects with the pipeline's error message when a stage fails. */
  extract(article: Article): Promise<EventRecord[]>;
  /** Characters of text waiting on the least busy live thread (Infinity when none is alive). */
  leastWaiting(): number;
  close(): Promise<void>;
}

interface Waiting {
  resolve: (events: EventRecord[]) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  waiting: Map<number, Waiting>;
  alive: boolean;
  /** Characters of text sent, modulo 2^32 as the thread's count is. */
  sentCharacters: number;
  /** [0]: characters of text the thread has finished, written by the thread; it wraps around past 2^31. */
  finished: Int32Array;
}

/** Characters of text sent to `thread` that it has not finished: exact while under 2^31, as any queue is. */
function queued(thread: Thread): number {
  return (thread.sentCharacters - Atomics.load(thread.finished, 0)) | 0;
}

/** Starts `count` threads and resolves once every one has assembled its pipeline. */
export async function startThreadExtractor(count: number, lexicons: string[] | undefined): Promise<ThreadExtractor> {
  const threads: Thread[] = [];
  const started: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const finished = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const worker = new Worker(new URL('./extract-thread.js', import.meta.url), { workerData: { lexicons, finished } });
    const thread: Thread = { worker, waiting: new Map(), alive: true, sentCharacters: 0, finished };
    threads.push(thread);
    started.push(new Promise((resolve, reject) => {
      worker.on('message', (reply: ThreadReply) => {
        if (reply.kind === 'ready') resolve();
        else if (reply.kind === 'fatal') reject(new AnnalistError(reply.code, reply.message));
        else settle(thread, reply);
      });
      worker.on('error', (error) => {
        reject(error);
        stopped(thread, error);
      });
      worker.on('exit', () => stopped(thread, new Error('extraction thread stopped')));
    }));
  }
  try {
    await Promise.all(started);
  } catch (error) {
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
    throw error;
  }

  let nextId = 0;
  return {
    extract(article) {
      const alive = threads.filter((t) => t.alive);
      if (alive.length === 0) return Promise.reject(new AnnalistError('pipeline', 'every extraction thread has stopped'));
      const thread = alive.reduce((least, t) => (queued(t) < queued(least) ? t : least));
      const id = nextId++;
      thread.sentCharacters = (thread.sentCharacters + article.text.length) | 0;
      return new Promise((resolve, reject) => {
        thread.waiting.set(id, { resolve, reject });
        thread.worker.postMessage({ id, article } satisfies ThreadRequest);
      });
    },
    leastWaiting() {
      return Math.min(...threads.filter((t) => t.alive).map(queued));
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}

function settle(thread: Thread, reply: Extract<ThreadReply, { id: number }>): void {
  const waiting = thread.waiting.get(reply.id);
  if (waiting === undefined) return;
  thread.waiting.delete(reply.id);
  if (reply.kind === 'events') waiting.resolve(reply.events);
  else waiting.reject(new Error(reply.message));
}

// A thread that died (out of memory, a bug) takes no more articles; those it held fail with the reason.
function stopped(thread: Thread, error: Error): void {
  thread.alive = false;
  for (const waiting of thread.waiting.values()) waiting.reject(error);
  thread.waiting.clear();
}
