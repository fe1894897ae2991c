// The default pipeline, in order. This is the one place stages are assembled; `annalist
// pipeline` prints it. Lexicons and patterns are loaded here, once, into one registry that
// every stage reads from, not per article.
import type { Article, EventRecord } from './contract.js';
import type { Doc } from './doc/doc.js';
import { createPipeline, type Pipeline } from './stage.js';
import { createCleanStage } from './clean/stage.js';
import { defaultCleaners } from './clean/configuration.js';
import { createNlpStage } from './nlp/stage.js';
import { createSyntaxStage } from './syntax/stage.js';
import { loadSyntaxModel } from './syntax/load-model.js';
import type { SyntaxModelData } from './syntax/model-file.js';
import { allSentences, eventSentences } from './syntax/parse-filter.js';
import { TriggerIndex } from './events/trigger-index.js';
import { createTimeStage } from './time/stage.js';
import { createActorsStage } from './actors/stage.js';
import { createAttributionStage } from './attribution/stage.js';
import { createEventsStage } from './events/stage.js';
import { loadLexicons, type Lexicons } from './lexicons.js';
import { toEventRecords } from './events/to-records.js';

export interface PipelineOptions {
  /** Extra lexicon folders or files (`--lexicon`): see src/lexicons.ts. */
  lexicons?: string[];
  /**
   * Which sentences to parse: "events" (the default), those with an event trigger and a cue
   * next to them, which is all events read; "all", for output that shows every attribution.
   */
  parse?: 'events' | 'all';
}

export interface Annalist {
  pipeline: Pipeline;
  /** The lexicons the stages read, for callers that need them too (the ontology, the actor roles). */
  lexicons: Lexicons;
  /** Runs the pipeline and returns the article's event records (original-text offsets). */
  extract(article: Article): { doc: Doc; events: EventRecord[] };
}

export function createAnnalist(options: PipelineOptions = {}): Annalist {
  return assembleAnnalist(loadLexicons(options.lexicons ?? []), loadSyntaxModel(), options.parse);
}

/** The pipeline over lexicons (and a syntax model) already loaded: a server shares them with its routes. */
export function assembleAnnalist(lexicons: Lexicons, syntax: SyntaxModelData = loadSyntaxModel(), parse: PipelineOptions['parse'] = 'events'): Annalist {
  const triggers = new TriggerIndex(lexicons.eventPatterns);
  const pipeline = createPipeline([
    // Cleaning first: every later offset is in the clean text, mapped back only on output.
    createCleanStage(defaultCleaners(lexicons.furnitureLines)),
    createNlpStage(lexicons.titleAbbreviations),
    // Tags, heads and relations, in the sentences the events stage will read.
    createSyntaxStage(syntax, parse === 'all' ? allSentences : eventSentences(triggers, lexicons.attribution)),
    createTimeStage(),
    createActorsStage(lexicons.actors),
    // Attribution needs the actors (speakers are actors); events need attribution for status.
    createAttributionStage(lexicons.attribution),
    createEventsStage(lexicons, triggers),
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
