// annalist eval: run the pipeline on a gold file's articles and score the events.
import type { EventRecord } from '../../contract.js';
import { readGoldFile } from '../../eval/gold.js';
import { scoreArticles } from '../../eval/score.js';
import { formatReport, reportToJson } from '../../eval/format-report.js';
import { articleId } from '../../ingest/article-id.js';
import { createAnnalist } from '../../pipeline.js';

export async function evalCommand(goldPath: string, options: { details?: boolean; json?: boolean; lexicon?: string[] }): Promise<void> {
  const gold = readGoldFile(goldPath);
  const annalist = createAnnalist({ lexicons: options.lexicon });
  const predicted = new Map<string, EventRecord[]>();
  for (const article of gold) {
    const { events } = annalist.extract({
      id: articleId(article.text),
      title: article.title ?? null,
      published: article.published ?? null,
      outlet: article.outlet ?? null,
      url: article.url ?? null,
      text: article.text,
      source: `${goldPath}#${article.id}`,
    });
    predicted.set(article.id, events);
  }
  const report = scoreArticles(gold, predicted, annalist.lexicons.cameoTraits);
  process.stdout.write(options.json ? `${reportToJson(report, { details: options.details })}\n` : `${formatReport(report, { details: options.details })}\n`);
}
