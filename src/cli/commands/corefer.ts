// annalist corefer: cross-document event coreference over given mention spans.
import { readFileSync } from 'node:fs';
import { AnnalistError } from '../../errors.js';
import { createAnnalist } from '../../pipeline.js';
import { corefer } from '../../consolidate/corefer.js';
import { readCorefDocuments } from '../../consolidate/corefer-input.js';
import { jsonLine } from '../../export/jsonl.js';

export async function coreferCommand(file: string, options: { lexicon?: string[] }): Promise<void> {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (cause) {
    throw new AnnalistError('input', 'cannot read the documents', { input: file, cause });
  }
  const documents = readCorefDocuments(text, file === '-' ? 'stdin' : file);
  const annalist = createAnnalist({ lexicons: options.lexicon });
  const result = corefer(documents, annalist.pipeline, annalist.lexicons.eventFamilies);
  for (const document of documents) {
    for (const mention of document.mentions) {
      process.stdout.write(`${jsonLine({ mention_id: mention.id, cluster: result.clusters.get(mention.id), story: result.stories.get(document.id) })}\n`);
    }
  }
}
