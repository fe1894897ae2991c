// `annalist eval-plover`: the pipeline on every PLOVER gold sentence, dated by the record.
import type { Annalist } from '../../pipeline.js';
import type { PloverType } from '../../ontology/ontology.js';
import { loadGsr } from './gsr.js';
import { scoreTypes, type TypePrediction, type TypeScore } from './score.js';

export interface PloverEvaluation {
  score: TypeScore;
  predictions: TypePrediction[];
  skipped: { id: string; reason: string }[];
}

export function evaluatePlover(file: string, annalist: Annalist): PloverEvaluation {
  const { records, skipped } = loadGsr(file, annalist.lexicons.codes);
  const predictions = records.map((record): TypePrediction => {
    const { events } = annalist.extract({
      id: record.id, title: null, published: record.date, outlet: null, url: null, text: record.text, source: file,
    });
    const predicted = events.filter((event) => !event.cameo.startsWith('01') && event.plover.type)
      .map((event) => event.plover.type as PloverType);
    return { id: record.id, gold: record.type, predicted };
  });
  return { score: scoreTypes(predictions), predictions, skipped };
}
