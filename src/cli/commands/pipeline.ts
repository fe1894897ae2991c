// annalist pipeline: the stages in order, as assembled in src/pipeline.ts.
import { createAnnalist } from '../../pipeline.js';

export function pipelineCommand(): void {
  const { pipeline } = createAnnalist();
  pipeline.stages.forEach((stage, index) => {
    process.stdout.write(`${index + 1}. ${stage.name.padEnd(12)} requires: ${stage.requires.join(', ') || '—'}; provides: ${stage.provides.join(', ')}\n`);
  });
}
