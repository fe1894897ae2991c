// annalist attributions: every attribution of each article as JSONL on stdout (cue, source,
// content as offsets into the article text as given, and the content's status).
import { readInputs } from '../../ingest/read-inputs.js';
import { IngestSummary } from '../../ingest/summary.js';
import { describeError } from '../../errors.js';
import { createAnnalist } from '../../pipeline.js';
import { toAttributionRecords } from '../../attribution/to-records.js';
import { createProgress } from '../progress.js';

export interface AttributionsOptions {
  published?: string;
  outlet?: string;
  lexicon?: string[];
  quiet?: boolean;
}

export async function attributionsCommand(inputs: string[], options: AttributionsOptions): Promise<void> {
  const { pipeline } = createAnnalist({ lexicons: options.lexicon });
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
        lines = toAttributionRecords(pipeline.run(item.article)).map((record) => `${JSON.stringify(record)}\n`).join('');
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
