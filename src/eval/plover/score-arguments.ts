// The PLOVER score one level up, on the parties: a record is right when an event of the gold type
// also has a gold source's country as actor and a gold target's as recipient (country-parties.ts
// says how sides match). Counted per (record, type) pair as the type level is: a record where the
// gold type was found with the wrong parties is one extra and one miss.
import { NO_COUNTRY, partiesMatch, type GoldParties } from '../country-parties.js';
import type { CameoTraits } from '../../ontology/cameo-traits.js';
import { levelScore, type LevelScore } from '../score.js';
import type { GsrRecord } from './gsr.js';
import type { PredictedType, TypePrediction } from './score.js';

export interface ArgumentScore extends LevelScore {
  /** Share of records whose first event has the gold type and the gold parties. */
  accuracy: number;
}

/** The countries gold accepts on each side of a record; a side without actors accepts none. */
export function ploverGoldParties({ sources, targets }: Pick<GsrRecord, 'sources' | 'targets'>): GoldParties {
  const actor = sources.length > 0 ? sources : [NO_COUNTRY];
  if (targets.length > 0) return { actor, recipient: targets };
  // "Senior Hungarian and Romanian officials agreed": joint sources and no target (the markup's
  // SRC/TAR); coding one of them as the other's recipient is as right as coding none.
  return { actor, recipient: sources.length > 1 ? [NO_COUNTRY, ...sources] : [NO_COUNTRY] };
}

/** `traits`: which codes are symmetric, so that either direction matches. */
export function scoreTypeArguments(predictions: TypePrediction[], traits: CameoTraits): ArgumentScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let firstRight = 0;
  for (const { gold, goldParties, predicted } of predictions) {
    const right = (event: PredictedType) => event.type === gold && partiesMatch(goldParties, event, traits.has(event.cameo, 'symmetric'));
    const types = new Set(predicted.map((event) => event.type));
    if (predicted.length > 0 && right(predicted[0])) firstRight++;
    if (predicted.some(right)) {
      tp++;
    } else {
      fn++;
      if (types.has(gold)) fp++;
    }
    fp += [...types].filter((type) => type !== gold).length;
  }
  return { accuracy: predictions.length === 0 ? 0 : firstRight / predictions.length, ...levelScore(tp, fp, fn) };
}
