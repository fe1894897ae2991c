// annalist attributions: every attribution of each article as JSONL on stdout (cue, source,
// content as offsets into the article text as given, and the content's status).
import { createAnnalist } from '../../pipeline.js';
import { toAttributionRecords } from '../../attribution/to-records.js';
import { writeLinesPerArticle, type LinesOptions } from '../lines-per-article.js';

export interface AttributionsOptions extends LinesOptions {
  lexicon?: string[];
}

export async function attributionsCommand(inputs: string[], options: AttributionsOptions): Promise<void> {
  // Every sentence parsed: attributions are this command's output, in sentences with events or not.
  const { pipeline } = createAnnalist({ lexicons: options.lexicon, parse: 'all' });
  await writeLinesPerArticle(inputs, options, (article) =>
    toAttributionRecords(pipeline.run(article)).map((record) => `${JSON.stringify(record)}\n`));
}
