// The read loop of the commands that print lines per article without storing anything
// (timex, attributions, explain): every input accounted for, duplicates and failures counted,
// one article's failure never stopping the batch.
import type { Article } from '../contract.js';
import { readInputs } from '../ingest/read-inputs.js';
import { IngestSummary } from '../ingest/summary.js';
import { describeError } from '../errors.js';
import { createProgress } from './progress.js';
import { failOnMissingInputs } from './missing-inputs.js';

export interface LinesOptions {
  published?: string;
  outlet?: string;
  /** Longest article text, in MiB (--max-article-mb). */
  maxArticleMb?: string;
  quiet?: boolean;
}

/** Writes `linesFor(article)` for each new article to stdout, then the batch summary to stderr. */
export async function writeLinesPerArticle(inputs: string[], options: LinesOptions, linesFor: (article: Article) => string[]): Promise<void> {
  const summary = new IngestSummary();
  const progress = createProgress(options.quiet ?? false);
  const seen = new Set<string>();
  try {
    for await (const item of readInputs(inputs, { published: options.published, outlet: options.outlet, maxArticleMb: options.maxArticleMb })) {
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
      let lines: string[];
      try {
        lines = linesFor(item.article);
      } catch (error) {
        summary.add({ kind: 'skipped', input: item.input, reason: describeError(error).replace(`${item.input}: `, '') });
        continue;
      }
      process.stdout.write(lines.join(''));
      summary.add(item);
    }
  } finally {
    progress.stop();
  }
  if (!options.quiet) process.stderr.write(`${summary.render()}\n`);
  failOnMissingInputs(inputs);
}
