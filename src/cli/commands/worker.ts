// annalist worker: take extract jobs from the PostgreSQL queue until SIGTERM or SIGINT,
// then finish the jobs in hand and print what this worker did.
import { printable } from '../../printable.js';
import { queueDatabaseUrl, queueSchema } from '../../queue/queue-location.js';
import { runWorkers } from '../../queue/run-workers.js';
import { AnnalistError } from '../../errors.js';

export interface WorkerOptions {
  db?: string;
  concurrency: number;
  lexicon?: string[];
  quiet?: boolean;
}

export async function workerCommand(options: WorkerOptions): Promise<void> {
  if (!(Number.isInteger(options.concurrency) && options.concurrency > 0)) {
    throw new AnnalistError('usage', `concurrency '${options.concurrency}' is not a positive whole number`);
  }
  const log = options.quiet ? undefined : (line: string) => process.stderr.write(`annalist worker: ${printable(line)}\n`);
  const totals = await runWorkers({
    url: queueDatabaseUrl(options.db), schema: queueSchema(), concurrency: options.concurrency, lexicon: options.lexicon, log,
  });
  log?.(`stopped: ${totals.stored} articles stored (${totals.events} event mentions), ${totals.duplicates} already stored, `
    + `${totals.failedAttempts} failed attempt${totals.failedAttempts === 1 ? '' : 's'}`);
}
