// The default pipeline, in order. This is the one place stages are assembled; `annalist
// pipeline` prints it. Lexicons and patterns are compiled here, once, not per article.
import type { Article, EventRecord } from './contract.js';
import type { Doc } from './doc/doc.js';
import { createPipeline, type Pipeline } from './stage.js';
import { createCleanStage } from './clean/stage.js';
import { createNlpStage } from './nlp/stage.js';
import { createTimeStage } from './time/stage.js';
import { createActorsStage } from './actors/stage.js';
import { createAttributionStage } from './attribution/stage.js';
import { createEventsStage } from './events/stage.js';
import { loadActorLexicon } from './actors/lexicon.js';
import { loadAttributionLexicon } from './attribution/lexicon.js';
import { loadPatterns } from './events/pattern.js';
import { defaultOntology } from './ontology/ontology.js';
import { toEventRecords } from './events/to-records.js';

export interface PipelineOptions {
  /** Extra lexicon folders or files (`--lexicon`): actor and attribution TSVs, event-pattern JSONL. */
  lexicons?: string[];
}

export interface Annalist {
  pipeline: Pipeline;
  /** Runs the pipeline and returns the article's event records (original-text offsets). */
  extract(article: Article): { doc: Doc; events: EventRecord[] };
}

export function createAnnalist(options: PipelineOptions = {}): Annalist {
  const extra = options.lexicons ?? [];
  const lexicon = loadActorLexicon({ extra: extra.filter((p) => !p.endsWith('.jsonl')) });
  const patterns = loadPatterns(extra);
  const ontology = defaultOntology();
  for (const pattern of patterns) ontology.describe(pattern.cameo);

  const pipeline = createPipeline([
    // Cleaning first: every later offset is in the clean text, mapped back only on output.
    createCleanStage(),
    createNlpStage(),
    createTimeStage(),
    createActorsStage(lexicon),
    // Attribution needs the actors (speakers are actors); events need attribution for status.
    createAttributionStage(loadAttributionLexicon({ extra: extra.filter((p) => !p.endsWith('.jsonl')) })),
    createEventsStage(patterns),
  ]);
  return {
    pipeline,
    extract(article) {
      const doc = pipeline.run(article);
      return { doc, events: toEventRecords(doc, ontology, lexicon) };
    },
  };
}
