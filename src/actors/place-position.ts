// A capitalised name the lexicons do not know is read as a person unless its position says it
// is a place: "met Putin in St Petersburg", "the city of Kharkiv", "Idlib province", "his trip
// to Sochi". Place nouns and words of motion are data (lexicons/actors/place-cues.tsv).
import type { TokenTable } from '../doc/token-table.js';

export interface PlaceCues {
  /** "city", "province": "the city of X", "X province". */
  placeNouns: ReadonlySet<string>;
  /** "trip", "flee": their "to", "from" or "into" names a place. */
  motionWords: ReadonlySet<string>;
}

/** Prepositions after which a name is where something is or happens. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'within', 'beyond']);
/** Prepositions of direction: a place only after a word of motion ("trip to X"; not "spoke to X"). */
const DIRECTIONAL = new Set(['to', 'from', 'into', 'toward', 'towards', 'via']);

const cue = (set: ReadonlySet<string>, tokens: TokenTable, t: number) => t >= 0 && t < tokens.length && (set.has(tokens.lower[t]) || set.has(tokens.lemma[t]));

/** True when the name at [start, end) stands where a place stands. A possessive name ("in Smith's view") is left alone. */
export function inPlacePosition(tokens: TokenTable, start: number, end: number, cues: PlaceCues): boolean {
  if (end < tokens.length && /^['’]s?$/.test(tokens.text[end])) return false;
  const before = start > 0 ? tokens.lower[start - 1] : '';
  if (LOCATIVE.has(before)) return true;
  if (DIRECTIONAL.has(before)) {
    // "his third trip to", "flew back to": a word of motion at most one modifier before the preposition.
    return cue(cues.motionWords, tokens, start - 2) || tokens.pos[start - 2] === 'ADV' && cue(cues.motionWords, tokens, start - 3);
  }
  if (before === 'of' && cue(cues.placeNouns, tokens, start - 2)) return true;
  return end < tokens.length && /^\p{Ll}/u.test(tokens.text[end]) && cue(cues.placeNouns, tokens, end);
}
