// Who does what an event noun names: its owner ("Iran's attack", "his demands"), its "by" phrase
// ("the arrest of the activist by police"), a modifier that is an actor ("U.S. sanctions",
// "Israeli strikes"), the subject of a predicate noun ("Giuliani was on the call"), or, when a
// verb governs the noun ("Iran launched an attack", "went on a hunger strike"), that verb's
// subject. A noun a circumstance marker governs ("responsible for the jailing", "amid the
// protests") belongs to another act: only its owner is its actor.
import { mentionAt, type ArgumentContext } from './context.js';
import type { Party } from './argument.js';
import type { SlotFiller } from './party.js';

/** The possessor first: "Israel's U.S.-backed offensive" is Israel's. */
const MODIFIERS = ['nmod:poss', 'compound', 'amod'];

/** An actor among the noun's modifiers (possessor, compound, adjective of nationality). */
export function modifierActor(context: ArgumentContext, noun: number): Party | null {
  const { tree, tokens } = context;
  for (const relation of MODIFIERS) {
    for (const c of tree.children(noun)) {
      if (tokens.deprel[c] !== relation) continue;
      const mention = mentionAt(context, c);
      if (mention) return { mention, path: relation };
    }
  }
  return null;
}

export function nominalActor(context: ArgumentContext, noun: number, actorOf: (v: number) => SlotFiller, circumstanceMarkers: ReadonlySet<string>): SlotFiller {
  const { tree } = context;
  const modifier = modifierActor(context, noun);
  if (modifier) return { kind: 'party', party: modifier, owned: -1 };
  // "the attack on the convoy by militants": the "by" phrase may hang from a phrase of the noun.
  let level = [noun];
  for (let depth = 0; depth < 2 && level.length > 0; depth++) {
    const next: number[] = [];
    for (const t of level) {
      for (const c of tree.children(t)) {
        if (tree.relation(c) !== 'nmod') continue;
        if (tree.marker(c) === 'by') {
          const mention = mentionAt(context, c);
          if (mention) return { kind: 'party', party: { mention, path: depth === 0 ? 'nmod:by' : 'nmod > nmod:by' }, owned: -1 };
        }
        next.push(c);
      }
    }
    level = next;
  }
  // "Giuliani was on the call": a noun that is the predicate has the subject.
  if (tree.child(noun, 'nsubj') >= 0) {
    const subject = actorOf(noun);
    if (subject.kind !== 'none') return subject;
  }
  // "launched an attack", "went on a hunger strike": the verb governing the noun is the noun's act,
  // unless a circumstance marker makes it another act's ("responsible for the jailing", "amid the protests").
  const governedBy = tree.relation(noun) === 'obj' || tree.relation(noun) === 'obl' && !circumstanceMarkers.has(tree.marker(noun));
  if (governedBy && tree.head(noun) >= 0) {
    const subject = actorOf(tree.head(noun));
    if (subject.kind === 'party') return { ...subject, party: { mention: subject.party.mention, path: `${tree.relation(noun)} < ${subject.party.path}` } };
  }
  return { kind: 'none' };
}
