// `annalist eval-plover`: the pipeline on every PLOVER gold sentence, dated by the record.
import type { Annalist } from '../../pipeline.js';
import type { PloverType } from '../../ontology/ontology.js';
import { partyRef } from '../country-parties.js';
import { loadGsr } from './gsr.js';
import { scoreTypes, type TypePrediction, type TypeScore } from './score.js';
import { ploverGoldParties, scoreTypeArguments, type ArgumentScore } from './score-arguments.js';

export interface PloverEvaluation {
  score: TypeScore;
  /** The type and the countries of both parties. */
  arguments: ArgumentScore;
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
      .map((event) => ({
        type: event.plover.type as PloverType, cameo: event.cameo, actor: partyRef(event.actor), recipient: partyRef(event.recipient),
      }));
    return { id: record.id, gold: record.type, goldParties: ploverGoldParties(record), predicted };
  });
  return { score: scoreTypes(predictions), arguments: scoreTypeArguments(predictions, annalist.lexicons.cameoTraits), predictions, skipped };
}
