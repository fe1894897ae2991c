// One extraction thread of `annalist ingest --workers N`: assembles the pipeline once, then
// answers each article with its events, or with the error that stopped the pipeline.
import { parentPort, workerData } from 'node:worker_threads';
import { AnnalistError, describeError } from '../errors.js';
import { createAnnalist, type Annalist } from '../pipeline.js';
import type { ThreadReply, ThreadRequest } from './extract-threads.js';

const port = parentPort;
if (port === null) throw new Error('extract-thread.js runs as a worker thread only');

const { lexicons, finished } = workerData as { lexicons?: string[]; finished: Int32Array };
let annalist: Annalist | null = null;
try {
  annalist = createAnnalist({ lexicons });
  port.postMessage({ kind: 'ready' } satisfies ThreadReply);
} catch (error) {
  // A bad lexicon is the user's to fix: its code and message reach the main thread intact.
  const code = error instanceof AnnalistError ? error.code : 'pipeline';
  port.postMessage({ kind: 'fatal', code, message: describeError(error) } satisfies ThreadReply);
}

port.on('message', ({ id, article }: ThreadRequest) => {
  if (annalist === null) return;
  let reply: ThreadReply;
  try {
    reply = { kind: 'events', id, events: annalist.extract(article).events };
  } catch (error) {
    reply = { kind: 'failed', id, message: describeError(error) };
  }
  Atomics.add(finished, 0, article.text.length);
  port.postMessage(reply);
});
