// The default pipeline, in order. This is the one place stages are assembled; `annalist
// pipeline` prints it. Lexicons and patterns are loaded here, once, into one registry that
// every stage reads from, not per article.
import type { Article, EventRecord } from './contract.js';
import type { Doc } from './doc/doc.js';
import { createPipeline, type Pipeline } from './stage.js';
import { createCleanStage } from './clean/stage.js';
import { defaultCleaners } from './clean/configuration.js';
import { createNlpStage } from './nlp/stage.js';
import { createTimeStage } from './time/stage.js';
import { createActorsStage } from './actors/stage.js';
import { createAttributionStage } from './attribution/stage.js';
import { createEventsStage } from './events/stage.js';
import { loadLexicons, type Lexicons } from './lexicons.js';
import { toEventRecords } from './events/to-records.js';

export interface PipelineOptions {
  /** Extra lexicon folders or files (`--lexicon`): see src/lexicons.ts. */
  lexicons?: string[];
}

export interface Annalist {
  pipeline: Pipeline;
  /** The lexicons the stages read, for callers that need them too (the ontology, the actor roles). */
  lexicons: Lexicons;
  /** Runs the pipeline and returns the article's event records (original-text offsets). */
  extract(article: Article): { doc: Doc; events: EventRecord[] };
}

export function createAnnalist(options: PipelineOptions = {}): Annalist {
  return assembleAnnalist(loadLexicons(options.lexicons ?? []));
}

/** The pipeline over lexicons already loaded (a server shares them with its routes). */
export function assembleAnnalist(lexicons: Lexicons): Annalist {
  const pipeline = createPipeline([
    // Cleaning first: every later offset is in the clean text, mapped back only on output.
    createCleanStage(defaultCleaners(lexicons.furnitureLines)),
    createNlpStage(lexicons.titleAbbreviations),
    createTimeStage(),
    createActorsStage(lexicons.actors),
    // Attribution needs the actors (speakers are actors); events need attribution for status.
    createAttributionStage(lexicons.attribution),
    createEventsStage(lexicons),
  ]);
  return {
    pipeline,
    lexicons,
    extract(article) {
      const doc = pipeline.run(article);
      return { doc, events: toEventRecords(doc, lexicons.codes, lexicons.actors) };
    },
  };
}
