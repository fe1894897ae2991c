// The stages a parse needs (clean, nlp, syntax), without the lexicons the full pipeline
// compiles: `annalist parse` runs only these.
import { createPipeline, type Pipeline } from '../stage.js';
import { createCleanStage } from '../clean/stage.js';
import { defaultCleaners } from '../clean/configuration.js';
import { createNlpStage } from '../nlp/stage.js';
import type { TextLexicons } from '../lexicons.js';
import { createSyntaxStage } from './stage.js';
import type { SyntaxModelData } from './model-file.js';

export function createSyntaxPipeline(lexicons: TextLexicons, model: SyntaxModelData): Pipeline {
  return createPipeline([createCleanStage(defaultCleaners(lexicons.furnitureLines)), createNlpStage(lexicons.titleAbbreviations), createSyntaxStage(model)]);
}
