// annalist extract: event mentions as JSONL on stdout, no database.
import type { ProcessOptions } from '../process-articles.js';
import { processArticles } from '../process-articles.js';
import { exportEvents, getFormat } from '../../export/index.js';
import { failOnMissingInputs } from '../missing-inputs.js';

export async function extractCommand(inputs: string[], options: ProcessOptions): Promise<void> {
  const jsonl = getFormat('jsonl');
  const seen = new Set<string>();
  const summary = await processArticles(inputs, options, ({ article, events }) => {
    seen.add(article.id);
    if (events.length > 0) process.stdout.write(exportEvents(jsonl, events));
  }, (id) => seen.has(id));
  if (!options.quiet) process.stderr.write(`${summary.render()}\n`);
  failOnMissingInputs(inputs);
}
