// annalist explain: for each sentence (or the one asked for), the tokens, actors, dates and
// attributions found, and why each pattern match was or was not coded as an event.
import { readInputs } from '../../ingest/read-inputs.js';
import { AnnalistError, describeError } from '../../errors.js';
import { createAnnalist } from '../../pipeline.js';
import { explainDoc } from '../../explain/explain.js';
import { formatExplanation } from '../../explain/format.js';

export interface ExplainOptions {
  published?: string;
  outlet?: string;
  lexicon?: string[];
  quiet?: boolean;
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
  let explained = 0;
  for await (const item of readInputs(inputs, { published: options.published, outlet: options.outlet })) {
    if (item.kind === 'skipped') {
      if (!options.quiet) process.stderr.write(`annalist: skipped ${item.input}: ${item.reason}\n`);
      continue;
    }
    if (options.article && item.article.id !== options.article && item.article.source !== options.article) continue;
    let explanations;
    try {
      const { doc, events } = annalist.extract(item.article);
      explanations = explainDoc(doc, events, sentence);
      if (sentence !== undefined && explanations.length === 0) {
        process.stderr.write(`annalist: ${item.input}: has ${doc.sentences.length} sentences, no sentence ${sentence}\n`);
      }
    } catch (error) {
      process.stderr.write(`annalist: skipped ${item.input}: ${describeError(error)}\n`);
      continue;
    }
    for (const explanation of explanations) {
      process.stdout.write(options.json ? `${JSON.stringify(explanation)}\n` : `${formatExplanation(explanation)}\n`);
      explained++;
    }
  }
  if (explained === 0 && options.article) throw new AnnalistError('input', `no article '${options.article}' among the inputs`);
}
