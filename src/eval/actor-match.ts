// The FORMAT.md actor rule: "An actor matches when the names match (case- and
// accent-insensitive; surname alone matches a full name), or, when gold `name` is null,
// when `country` matches and the sector matches or is null on either side."
//
// Choices the rule leaves open, made here:
// - A null gold field constrains nothing. A gold actor with null name and null country
//   ("the international community") matches any predicted actor, a null one included;
//   {name: null, country: null, sector: 'CRM'} matches any predicted actor whose sector
//   is CRM or null.
// - A null gold actor or recipient (no target: a protest without addressee) matches only
//   a null prediction.
// - When gold has a name, the prediction must name the same person: a predicted
//   {name: null, country: 'VEN', sector: 'GOV'} does not stand for "Nicolás Maduro".
// - When gold has no name but the prediction has one, country and sector decide:
//   "Donald Trump" (USA, GOV) is the U.S. government acting.
// - "Surname alone" is read as: one name's words are a trailing part of the other's, so
//   "Sessions" and "Maduro Moros" match "Pete Sessions" and "Nicolás Maduro Moros", while
//   "Pete" or "William Sessions" do not match "Pete Sessions".
import type { ActorRef } from '../contract.js';
import type { GoldActor } from './gold.js';

/** The fields of an actor that scoring reads; both gold actors and ActorRef have them. */
export type ScoredActor = Pick<ActorRef, 'name' | 'country'> & { sector: string | null };

export function actorMatches(gold: GoldActor | null, predicted: ScoredActor | null): boolean {
  if (gold === null) return predicted === null;
  if (gold.name === null && gold.country === null && gold.sector === null) return true;
  if (predicted === null) return false;
  if (gold.name !== null) return predicted.name !== null && namesMatch(gold.name, predicted.name);
  if (gold.country !== null && gold.country !== predicted.country) return false;
  return gold.sector === null || predicted.sector === null || gold.sector === predicted.sector;
}

/** Case- and accent-insensitive; a surname alone (a trailing part) matches the full name. */
export function namesMatch(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const offset = longer.length - shorter.length;
  return shorter.every((word, i) => word === longer[offset + i]);
}

// "Jr." after a surname is not the surname: "Martin Luther King Jr." vs "King".
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** "Nicolás Maduro" → ["nicolas", "maduro"]; "J.D. Vance" → ["jd", "vance"]; "O'Rourke" → ["orourke"]. */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // Dots and apostrophes join ("J.D.", "O’Rourke"); other punctuation separates.
    .replace(/[.'’‘`]/g, '')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '' && word !== '-');
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words;
}
