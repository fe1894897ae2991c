// The default predictor for the PolNeAR scorer: annalist's own pipeline, attributions mapped to
// offsets in the corpus text (a continuing quote is one more fragment of the content, as in BRAT).
import { createAnnalist } from '../../pipeline.js';
import { toAttributionRecords } from '../../attribution/to-records.js';
import type { AttributionPredictor } from './evaluate.js';
import type { Span } from '../../contract.js';

export function createPipelinePredictor(): AttributionPredictor {
  const { pipeline } = createAnnalist();
  const fragments = (spans: Span[]) => spans.map(({ start, end }) => [start, end] as [number, number]);
  return (text, name) => {
    const doc = pipeline.run({ id: name, title: null, published: null, outlet: null, url: null, text, source: name });
    return toAttributionRecords(doc).map((record) => ({
      cue: fragments([record.cue]),
      source: record.source ? fragments([record.source]) : null,
      content: fragments([record.content, ...record.continuations]),
    }));
  };
}
