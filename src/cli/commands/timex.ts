// annalist timex: the time expressions of each article as JSONL on stdout, one line per
// expression, with offsets into the article text as given.
import { loadTextLexicons } from '../../lexicons.js';
import { createTimexPipeline } from '../../time/timex-pipeline.js';
import { toTimexRecords } from '../../time/timex-records.js';
import { writeLinesPerArticle, type LinesOptions } from '../lines-per-article.js';

export type TimexOptions = LinesOptions;

export async function timexCommand(inputs: string[], options: TimexOptions): Promise<void> {
  const pipeline = createTimexPipeline(loadTextLexicons());
  await writeLinesPerArticle(inputs, options, (article) =>
    toTimexRecords(pipeline.run(article)).map((record) => `${JSON.stringify(record)}\n`));
}
