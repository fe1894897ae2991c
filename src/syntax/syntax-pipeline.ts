// The stages a parse needs (clean, nlp, syntax), without the lexicons the full pipeline
// compiles: `annalist parse` runs only these.
import { createPipeline, type Pipeline } from '../stage.js';
import { createCleanStage } from '../clean/stage.js';
import { createNlpStage } from '../nlp/stage.js';
import { createSyntaxStage } from './stage.js';
import { loadSyntaxModel } from './load-model.js';

export function createSyntaxPipeline(): Pipeline {
  return createPipeline([createCleanStage(), createNlpStage(), createSyntaxStage(loadSyntaxModel())]);
}
