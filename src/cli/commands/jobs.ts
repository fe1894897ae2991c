// annalist jobs: what the queue holds; --failed lists the jobs that used up their attempts,
// each with its article (content hash) and the error of its last attempt.
import { failedJobs, jobCounts } from '../../queue/job-report.js';
import { queueDatabaseUrl, queueSchema } from '../../queue/queue-location.js';
import { openQueuePool } from '../../queue/queue-pool.js';

export interface JobsOptions {
  db?: string;
  failed?: boolean;
  json?: boolean;
}

export async function jobsCommand(options: JobsOptions): Promise<void> {
  const schema = queueSchema();
  const pool = await openQueuePool(queueDatabaseUrl(options.db), schema, (line) => process.stderr.write(`annalist: ${line}\n`));
  try {
    if (options.failed) {
      for (const job of await failedJobs(pool, schema)) {
        process.stdout.write(options.json
          ? `${JSON.stringify(job)}\n`
          : `${job.article}\tjob ${job.job}\t${job.attempts} attempts\t${job.failed_at}\t${job.error.replace(/\s+/g, ' ')}\n`);
      }
      return;
    }
    const counts = await jobCounts(pool, schema);
    process.stdout.write(options.json
      ? `${JSON.stringify(counts)}\n`
      : `${counts.waiting} waiting, ${counts.running} running, ${counts.failed} failed\n`);
  } finally {
    await pool.end();
  }
}
