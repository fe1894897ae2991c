// Scoring event types against the PLOVER gold standard: each gold record is one sentence with one
// event type. A system is right on a record when its first event there has the gold type
// (accuracy), and is scored per (record, type) pair for precision and recall.
import type { PloverType } from '../../ontology/ontology.js';
import type { GoldParties, PredictedParties } from '../country-parties.js';
import { levelScore } from '../score.js';

/** An event found in a gold sentence, as scored: its type, its code and its parties. */
export interface PredictedType extends PredictedParties {
  type: PloverType;
  cameo: string;
}

export interface TypePrediction {
  id: string;
  gold: PloverType;
  /** The countries gold accepts as actor and recipient (score-arguments.ts). */
  goldParties: GoldParties;
  /** The events found, in text order; statements (CAMEO 01) left out. */
  predicted: PredictedType[];
}

export interface TypeScore {
  records: number;
  /** Records with at least one event found. */
  covered: number;
  /** Share of records whose first event has the gold type. */
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  /** Per gold type: how many records, how many found. */
  byType: Map<PloverType, { gold: number; found: number }>;
}

export function scoreTypes(predictions: TypePrediction[]): TypeScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let firstRight = 0;
  let covered = 0;
  const byType = new Map<PloverType, { gold: number; found: number }>();
  for (const { gold, predicted } of predictions) {
    const types = new Set(predicted.map((event) => event.type));
    const row = byType.get(gold) ?? { gold: 0, found: 0 };
    row.gold++;
    if (types.size > 0) covered++;
    if (predicted[0]?.type === gold) firstRight++;
    if (types.has(gold)) {
      tp++;
      row.found++;
    } else {
      fn++;
    }
    fp += [...types].filter((type) => type !== gold).length;
    byType.set(gold, row);
  }
  return {
    records: predictions.length, covered, accuracy: predictions.length === 0 ? 0 : firstRight / predictions.length,
    ...levelScore(tp, fp, fn), byType,
  };
}
