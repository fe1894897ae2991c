// Argument-level scoring against gold that codes the parties of an event by country only (the
// PLOVER gold standard, PETRARCH's validation records): an event's actor and recipient are right
// when each one's country is among those gold accepts for that side.
//
// - A gold side lists the countries it accepts (ISO-3, or IGO as annalist writes it).
// - NO_COUNTRY ('') accepts a side without a country: no party at all, or a party the system
//   could not place. So a gold event without a target is matched only by a prediction whose
//   recipient names no country, and a prediction without recipient never matches a gold target.
// - ANY_PARTY ('---', CAMEO's unknown country: "students" in "Russian police arrested students")
//   accepts any party the prediction names, whatever its country, but not a missing one.
// - Direction is ignored for the symmetric CAMEO codes (040, 041, 044, 046), as `annalist eval`
//   ignores it: who is actor in a phone call is arbitrary.
import type { ActorRef } from '../contract.js';

export const NO_COUNTRY = '';
export const ANY_PARTY = '---';

/** The countries gold accepts for one side of an event. */
export type GoldSide = readonly string[];

export interface GoldParties {
  actor: GoldSide;
  recipient: GoldSide;
}

/** One side of a predicted event as scored: the party's words and its country, or null when absent. */
export type PartyRef = Pick<ActorRef, 'text' | 'country'> | null;

export interface PredictedParties {
  actor: PartyRef;
  recipient: PartyRef;
}

export function partyRef(actor: ActorRef | null): PartyRef {
  return actor === null ? null : { text: actor.text, country: actor.country };
}

export function sideMatches(gold: GoldSide, predicted: PartyRef): boolean {
  return gold.includes(predicted?.country ?? NO_COUNTRY) || (predicted !== null && gold.includes(ANY_PARTY));
}

export function partiesMatch(gold: GoldParties, predicted: PredictedParties, symmetric: boolean): boolean {
  if (sideMatches(gold.actor, predicted.actor) && sideMatches(gold.recipient, predicted.recipient)) return true;
  return symmetric && sideMatches(gold.actor, predicted.recipient) && sideMatches(gold.recipient, predicted.actor);
}
