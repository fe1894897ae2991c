// PETRARCH's root score one level up, on the parties. Each record's gold codings and the events
// found become sets of (CAMEO root, actor country, recipient country), paired one to one: a pair
// needs the same root and parties that match as country-parties.ts says (direction free for a
// symmetric code on either side). A record agrees when every coding on both sides is paired.
// Gold codes are CAMEO actor codes whose first three letters are the country: "RUSCOP" is RUS,
// "IGOEEU" IGO, "---EDU" a party of unknown country, an empty code no party.
import type { EventRecord } from '../../contract.js';
import { ANY_PARTY, NO_COUNTRY, partiesMatch, partyRef, type GoldParties, type PredictedParties } from '../country-parties.js';
import { countMaxMatching } from '../max-matching.js';
import type { CameoTraits } from '../../ontology/cameo-traits.js';
import { cameoRoot, levelScore, type LevelScore } from '../score.js';
import type { PetrarchCoding } from './records.js';

export interface GoldCoding extends GoldParties {
  cameo: string;
}

export interface PredictedCoding extends PredictedParties {
  cameo: string;
}

/** A record's codings as scored: each set without repeats, and how many could be paired. */
export interface CodingComparison {
  gold: GoldCoding[];
  predicted: PredictedCoding[];
  matched: number;
}

export interface RootArgumentScore extends LevelScore {
  /** Share of records where every gold coding and every predicted one is paired. */
  agreement: number;
}

const goldCountry = (code: string) => (code === '' ? NO_COUNTRY : code.startsWith(ANY_PARTY) ? ANY_PARTY : code.slice(0, 3));

export function goldCoding({ event, source, target }: PetrarchCoding): GoldCoding {
  return { cameo: event, actor: [goldCountry(source)], recipient: [goldCountry(target)] };
}

export function predictedCoding(event: EventRecord): PredictedCoding {
  return { cameo: event.cameo, actor: partyRef(event.actor), recipient: partyRef(event.recipient) };
}

/** `traits`: which codes are symmetric, so that either direction matches. */
export function compareCodings(gold: GoldCoding[], predicted: PredictedCoding[], traits: CameoTraits): CodingComparison {
  const goldSet = uniqueBy(gold, (g) => [cameoRoot(g.cameo), g.actor.join(), g.recipient.join()].join(' '));
  // "?" keeps a party without a country apart from a missing one: only the first is an unknown-country party.
  const side = (party: PredictedCoding['actor']) => (party === null ? '-' : party.country ?? '?');
  const predictedSet = uniqueBy(predicted, (p) => [cameoRoot(p.cameo), side(p.actor), side(p.recipient)].join(' '));
  const matched = countMaxMatching(goldSet, predictedSet, (g, p) =>
    cameoRoot(g.cameo) === cameoRoot(p.cameo) && partiesMatch(g, p, traits.has(g.cameo, 'symmetric') || traits.has(p.cameo, 'symmetric')));
  return { gold: goldSet, predicted: predictedSet, matched };
}

export const codingsAgree = ({ gold, predicted, matched }: CodingComparison) => matched === gold.length && matched === predicted.length;

export function scoreRootArguments(comparisons: CodingComparison[]): RootArgumentScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { gold, predicted, matched } of comparisons) {
    tp += matched;
    fp += predicted.length - matched;
    fn += gold.length - matched;
  }
  const agreed = comparisons.filter(codingsAgree).length;
  return { agreement: comparisons.length === 0 ? 0 : agreed / comparisons.length, ...levelScore(tp, fp, fn) };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
