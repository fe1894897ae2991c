// A stage is a plain function over the Doc that declares which layers it needs and adds.
// createPipeline checks the order once, at assembly, so a misordered pipeline fails before
// the first article rather than in the middle of a batch.
import type { Article } from './contract.js';
import { Doc } from './doc/doc.js';
import type { LayerName } from './doc/layers.js';
import { AnnalistError, describeError } from './errors.js';

export interface Stage {
  name: string;
  requires: LayerName[];
  provides: LayerName[];
  run(doc: Doc): void;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  readonly names: string[];
  /** Runs every stage; a failing stage becomes an AnnalistError naming the article and the stage. */
  run(article: Article): Doc;
}

export function createPipeline(stages: Stage[]): Pipeline {
  const provided = new Set<LayerName>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new AnnalistError('pipeline', `stage '${stage.name}' appears twice`);
    names.add(stage.name);
    const missing = stage.requires.filter((layer) => !provided.has(layer));
    if (missing.length > 0) {
      throw new AnnalistError('pipeline', `stage '${stage.name}' requires ${missing.join(', ')}, which no earlier stage provides; stages: ${[...names].join(', ')}`);
    }
    for (const layer of stage.provides) provided.add(layer);
  }
  return {
    stages,
    names: stages.map((stage) => stage.name),
    run(article: Article): Doc {
      const doc = new Doc(article);
      for (const stage of stages) {
        try {
          stage.run(doc);
        } catch (error) {
          throw new AnnalistError('pipeline', `skipped at stage ${stage.name}: ${describeError(error)}`, { input: article.source, cause: error });
        }
      }
      return doc;
    },
  };
}
