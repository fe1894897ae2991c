// What the events stage reads off the parse, in order. Like the time stage's configuration, each
// line that depends on its place says why.
import type { CameoTraits } from '../ontology/cameo-traits.js';
import { createTreeArgumentReader, type ArgumentReader } from './arguments/reader.js';
import { adverbialClause, controller, describedNoun, gerundAgent, ownSubject, sharedSubject, type SubjectRule } from './arguments/subject.js';

/**
 * Where a verb's grammatical subject is found: the first rule that finds one wins. An active
 * verb's subject is its actor; a passive's is its recipient, and its "by" agent the actor.
 */
export const SUBJECT_RULES: readonly SubjectRule[] = [
  ownSubject,
  // Only a verb without a subject of its own borrows one; each rule below checks the relation that lends it.
  sharedSubject,
  controller,
  adverbialClause,
  // Before the noun a gerund describes: "a boy whose killing by police" was killed by the police, not by the boy.
  gerundAgent,
  describedNoun,
];

/**
 * Where the recipient is when a pattern's own slots name no one. Any act: the one given to
 * ("offered Togo technical assistance"), the target of the act intended ("offered to hand over
 * to Britain", "threatened to attack Iran"). A hostile act (roots
 * 10–20): what "against" marks too ("demonstrated against the government").
 */
export const FALLBACK_SLOTS: readonly string[] = ['iobj', 'xcomp:obj'];
export const HOSTILE_FALLBACK_SLOTS: readonly string[] = ['iobj', 'obl:against', 'xcomp:obj'];

/**
 * Markers that make an event noun a circumstance of another act, not the act of the verb that
 * governs it: "responsible for the jailing", "amid the protests", "after the attack".
 */
export const CIRCUMSTANCE_MARKERS: ReadonlySet<string> = new Set(['for', 'over', 'about', 'against', 'after', 'before', 'since', 'during', 'despite', 'amid',
  'following', 'of', 'from', 'into', 'behind', 'than', 'because of', 'due to', 'in response to']);

/** "Giuliani was on the call along with then-Rep. Pete Sessions": co-actors. */
export const CO_ACTOR_MARKERS: ReadonlySet<string> = new Set(['along with', 'together with', 'as well as', 'alongside']);

/**
 * Relations under a trigger whose pattern governs its clause (scope "clause"): what lies there is
 * the act's content ("accused Iran of attacking Iraq" is one accusation). A subject, a conjoined
 * verb, a parenthetical or a time clause ("after talks failed") is not content.
 */
export const CONTENT_RELATIONS: ReadonlySet<string> = new Set(['obj', 'iobj', 'obl', 'xcomp', 'ccomp', 'nmod', 'acl']);
/** Markers that make an adverbial clause the content of a governing trigger: "accused X of attacking", "called for talks". */
export const CONTENT_MARKERS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'that', 'into', 'about', 'over', 'on', 'from', 'against']);

export function createArgumentReader(traits: CameoTraits, targetNouns: ReadonlySet<string>): ArgumentReader {
  return createTreeArgumentReader({ subjectRules: SUBJECT_RULES, fallbackSlots: FALLBACK_SLOTS, hostileFallbackSlots: HOSTILE_FALLBACK_SLOTS, coActorMarkers: CO_ACTOR_MARKERS, circumstanceMarkers: CIRCUMSTANCE_MARKERS, targetNouns, traits });
}
