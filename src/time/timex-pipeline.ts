// The stages a time expression needs (clean, nlp, time), without the actor lexicons that
// the full pipeline compiles: `annalist timex` and the TempEval scorer run only these.
import { createPipeline, type Pipeline } from '../stage.js';
import { createCleanStage } from '../clean/stage.js';
import { defaultCleaners } from '../clean/configuration.js';
import { createNlpStage } from '../nlp/stage.js';
import type { TextLexicons } from '../lexicons.js';
import { createTimeStage } from './stage.js';

export function createTimexPipeline(lexicons: TextLexicons): Pipeline {
  return createPipeline([createCleanStage(defaultCleaners(lexicons.furnitureLines)), createNlpStage(lexicons.titleAbbreviations), createTimeStage()]);
}
