// annalist timex: the time expressions of each article as JSONL on stdout, one line per
// expression, with offsets into the article text as given.
import { readInputs } from '../../ingest/read-inputs.js';
import { IngestSummary } from '../../ingest/summary.js';
import { describeError } from '../../errors.js';
import { createTimexPipeline } from '../../time/timex-pipeline.js';
import { toTimexRecords } from '../../time/timex-records.js';
import { createProgress } from '../progress.js';

export interface TimexOptions {
  published?: string;
  outlet?: string;
  quiet?: boolean;
}

export async function timexCommand(inputs: string[], options: TimexOptions): Promise<void> {
  const pipeline = createTimexPipeline();
  const summary = new IngestSummary();
  const progress = createProgress(options.quiet ?? false);
  const seen = new Set<string>();
  try {
    for await (const item of readInputs(inputs, { published: options.published, outlet: options.outlet })) {
      progress.tick(item.input);
      if (item.kind === 'skipped') {
        summary.add(item);
        continue;
      }
      if (seen.has(item.article.id)) {
        summary.add(item, { duplicate: true });
        continue;
      }
      seen.add(item.article.id);
      let lines: string;
      try {
        lines = toTimexRecords(pipeline.run(item.article)).map((record) => `${JSON.stringify(record)}\n`).join('');
      } catch (error) {
        summary.add({ kind: 'skipped', input: item.input, reason: describeError(error).replace(`${item.input}: `, '') });
        continue;
      }
      process.stdout.write(lines);
      summary.add(item);
    }
  } finally {
    progress.stop();
  }
  if (!options.quiet) process.stderr.write(`${summary.render()}\n`);
}
