// The default predictor for the PolNeAR scorer: annalist's own pipeline, attributions mapped to
// offsets in the corpus text (a continuing quote is one more fragment of the content, as in BRAT).
// Nested attributions count only with `nested` (PolNeAR does not annotate them: outermost-frames.ts).
import { createAnnalist } from '../../pipeline.js';
import { toAttributionRecords } from '../../attribution/to-records.js';
import type { AttributionPredictor } from './evaluate.js';
import type { Span } from '../../contract.js';
import { outermostFrames } from './outermost-frames.js';

export function createPipelinePredictor(options: { nested?: boolean } = {}): AttributionPredictor {
  // Every sentence parsed, as `annalist attributions` does: the attributions are what is scored.
  const { pipeline } = createAnnalist({ parse: 'all' });
  const fragments = (spans: Span[]) => spans.map(({ start, end }) => [start, end] as [number, number]);
  return (text, name) => {
    const doc = pipeline.run({ id: name, title: null, published: null, outlet: null, url: null, text, source: name });
    const counted = options.nested ? null : outermostFrames(doc.attributions);
    return toAttributionRecords(doc)
      .filter((_, i) => counted === null || counted[i])
      .map((record) => ({
        cue: fragments([record.cue]),
        source: record.source ? fragments([record.source]) : null,
        content: fragments([record.content, ...record.continuations]),
      }));
  };
}
