// annalist explain: for each sentence (or the one asked for), the tokens, actors, dates and
// attributions found, and why each pattern match was or was not coded as an event.
import { AnnalistError } from '../../errors.js';
import { createAnnalist } from '../../pipeline.js';
import { explainDoc } from '../../explain/explain.js';
import { formatExplanation } from '../../explain/format.js';
import { writeLinesPerArticle, type LinesOptions } from '../lines-per-article.js';

export interface ExplainOptions extends LinesOptions {
  lexicon?: string[];
  sentence?: string;
  article?: string;
  json?: boolean;
}

function parseSentence(typed: string | undefined): number | undefined {
  if (typed === undefined) return undefined;
  if (!/^\d+$/.test(typed) || Number(typed) < 1) throw new AnnalistError('usage', `sentence '${typed}' is not a positive whole number (sentences count from 1)`);
  return Number(typed);
}

export async function explainCommand(inputs: string[], options: ExplainOptions): Promise<void> {
  const sentence = parseSentence(options.sentence);
  const annalist = createAnnalist({ lexicons: options.lexicon });
  let articles = 0;
  await writeLinesPerArticle(inputs, options, (article) => {
    if (options.article && article.id !== options.article && article.source !== options.article) return [];
    articles++;
    const { doc, events } = annalist.extract(article);
    const explanations = explainDoc(doc, events, sentence);
    if (sentence !== undefined && explanations.length === 0) {
      throw new AnnalistError('input', `has ${doc.sentences.length} sentences, no sentence ${sentence}`);
    }
    return explanations.map((x) => (options.json ? `${JSON.stringify(x)}\n` : `${formatExplanation(x)}\n`));
  });
  if (options.article && articles === 0) throw new AnnalistError('input', `no article '${options.article}' among the inputs`);
}
