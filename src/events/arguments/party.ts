// From a token the parse puts in a slot to the party it names: the mention it heads, the noun a
// relative pronoun stands for ("the man whom police arrested"), or, for a thing that is no actor,
// the actor that owns it ("sanctions on Iran's oil sector", "shelled positions of the security forces").
import type { ActorMention } from '../../doc/layers.js';
import { mentionAt, type ArgumentContext } from './context.js';
import type { Party } from './argument.js';

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that', 'whose']);

/** "Thousands of protesters rallied", "massacred hundreds of villagers": a quantity's "of" names the party. */
const QUANTITIES = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'group', 'groups', 'crowd', 'crowds', 'band', 'bands', 'number', 'some', 'many', 'most', 'all', 'several', 'members', 'member']);

/** Nouns for an act rather than a thing: "the killing of", "the release of" name whom the act befalls, not its owner. */
const isEventNoun = (word: string) => /(ing|tion|sion|ment|ure|al)$/.test(word) || ['release', 'arrest', 'death', 'attack', 'murder', 'capture', 'return'].includes(word);

export type SlotFiller =
  /** `owned`: the thing the party owns or modifies when the slot holds that thing ("Iran's oil sector", "police station"), else -1. */
  | { kind: 'party'; party: Party; owned: number }
  /** Something fills the slot, and it is no actor: "the ball", "red tape". */
  | { kind: 'thing'; token: number }
  | { kind: 'none' };

/** What fills a slot headed by `t` (-1: the slot is empty), reached by `path`. */
export function fillerAt(context: ArgumentContext, t: number, path: string): SlotFiller {
  if (t < 0) return { kind: 'none' };
  const { tree, tokens } = context;
  const mention = mentionAt(context, t);
  if (mention?.possessive) {
    // "recognized Maduro's rival Juan Guaidó", parsed with "Maduro's" in the slot: a possessor names
    // what it owns, and the named party after it is the one meant.
    const owned = context.mentions.find((m) => m.tokenStart > mention.tokenEnd && m.tokenStart <= mention.tokenEnd + 3 && !m.possessive);
    if (owned) return { kind: 'party', party: { mention: owned, path: `${path} > owned` }, owned: -1 };
  }
  if (mention) return { kind: 'party', party: { mention, path }, owned: -1 };
  if (QUANTITIES.has(tokens.lower[t]) || tokens.pos[t] === 'NUM') {
    for (const c of tree.children(t)) {
      if (tree.relation(c) === 'nmod' && tree.marker(c) === 'of') return fillerAt(context, c, `${path} > nmod:of`);
    }
  }
  // "the man whom police arrested", "Maduro, who was indicted": the relative clause's noun.
  if (RELATIVE_PRONOUNS.has(tokens.lower[t]) && tokens.pos[t] === 'PRON') {
    let clause = tree.head(t);
    while (clause >= 0 && tree.relation(clause) === 'conj') clause = tree.head(clause);
    if (clause >= 0 && tokens.deprel[clause] === 'acl:relcl') {
      // "Manalo and President Marcos, who thanked Japan": the parser may hang the clause on the first
      // of two names; the pronoun stands for the name right before it.
      const before = tokens.text[t - 1] === ',' ? t - 1 : t;
      const antecedent = context.mentions.find((m) => m.tokenEnd === before && !m.possessive) ?? mentionAt(context, tree.head(clause));
      return antecedent ? { kind: 'party', party: { mention: antecedent, path: `${path} = acl:relcl <` }, owned: -1 } : { kind: 'thing', token: t };
    }
  }
  // "Maduro's rival Juan Guaidó": a description with a name beside it is the named one.
  for (const c of tree.children(t)) {
    if (tokens.deprel[c] !== 'appos') continue;
    const named = mentionAt(context, c);
    if (named) return { kind: 'party', party: { mention: named, path: `${path} > appos` }, owned: -1 };
  }
  const owner = ownerOf(context, t, 0);
  if (owner) return { kind: 'party', party: { mention: owner.mention, path: `${path} > ${owner.relation}` }, owned: t };
  return { kind: 'thing', token: t };
}

/** Modifiers that name whose a thing is, the possessor first: "Iran's", then "police" in "police station", "Russian" in "a Russian drone". */
const OWNER_RELATIONS = ['nmod:poss', 'compound', 'amod'];

/**
 * A modifier owns what it modifies when it is a state or organisation ("Iranian banks", "U.S.
 * sanctions"), or when the thing is a target noun (place, vehicle, people: "police station");
 * "artillery shells" are no artillery's.
 */
function owns(context: ArgumentContext, relation: string, mention: ActorMention, thing: number): boolean {
  if (relation === 'nmod:poss') return true;
  const kind = mention.identity.kind;
  return kind === 'state' || kind === 'organisation' || context.targetNouns.has(context.tokens.lower[thing]);
}

/**
 * The actor a thing belongs to: its possessor or an actor modifying it; or, through "by" or
 * "from" (and "of", for a thing that is no act: "the killing of" names whom it befalls), the
 * party of the phrase joined to it ("calls by Belarus's rulers", "positions of the security forces").
 */
function ownerOf(context: ArgumentContext, t: number, depth: number): { mention: ActorMention; relation: string } | null {
  const { tree, tokens } = context;
  for (const relation of OWNER_RELATIONS) {
    for (const c of tree.children(t)) {
      if (tokens.deprel[c] !== relation) continue;
      const mention = mentionAt(context, c);
      if (mention && owns(context, relation, mention, t)) return { mention, relation };
    }
  }
  if (tokens.pos[t] !== 'NOUN' || depth >= 2) return null;
  for (const c of tree.children(t)) {
    if (tree.relation(c) !== 'nmod') continue;
    const marker = tree.marker(c);
    if (marker !== 'by' && marker !== 'from' && (marker !== 'of' || isEventNoun(tokens.lower[t]))) continue;
    const mention = mentionAt(context, c);
    if (mention) return { mention, relation: `nmod:${marker}` };
    const owner = ownerOf(context, c, depth + 1);
    if (owner) return { mention: owner.mention, relation: `nmod:${marker} > ${owner.relation}` };
  }
  return null;
}

/**
 * Parties joined to the one headed by `t` by "and", "or" or commas ("met Manalo and President
 * Marcos"). English puts "and" before the last conjunct, so a conjunct without one after a
 * conjunct with one restates it: "Joly and her counterpart, Penny Wong," is two parties, not three.
 */
export function conjoined(context: ArgumentContext, t: number, path: string): Party[] {
  const parties: Party[] = [];
  const { tree } = context;
  let coordinated = false;
  for (const c of tree.children(t)) {
    if (tree.relation(c) !== 'conj') continue;
    const mention = mentionAt(context, c);
    const restates = coordinated && tree.child(c, 'cc') < 0;
    coordinated ||= tree.child(c, 'cc') >= 0;
    if (!mention) continue;
    const party = { mention, path: `${path} > conj` };
    if (restates && parties.length > 0) {
      // One actor: the named one of the two.
      if (parties[parties.length - 1].mention.identity.name === null) parties[parties.length - 1] = party;
      continue;
    }
    parties.push(party);
    parties.push(...conjoined(context, c, party.path));
  }
  return parties;
}

/**
 * "Hungarian and Romanian officials agreed": coordinated modifiers of the noun that heads a party
 * make a party each.
 */
export function coordinatedModifiers(context: ArgumentContext, noun: number, path: string): Party[] {
  const { tree, tokens } = context;
  for (const c of tree.children(noun)) {
    const relation = tokens.deprel[c];
    if (relation !== 'amod' && relation !== 'compound' || !tree.children(c).some((d) => tree.relation(d) === 'conj')) continue;
    const first = mentionAt(context, c);
    const parties = first ? [{ mention: first, path: `${path} > ${relation}` }] : [];
    parties.push(...conjoined(context, c, `${path} > ${relation}`));
    if (parties.length > 1) return parties;
  }
  return [];
}

/**
 * "her counterpart, Penny Wong,": an apposition is one actor; of a description and a name, the
 * name is the party. "Penny Wong, Australia's foreign minister," is Wong.
 */
export function named(context: ArgumentContext, party: Party, t: number): Party {
  if (party.mention.identity.name !== null) return party;
  for (const c of context.tree.children(t)) {
    if (context.tokens.deprel[c] !== 'appos') continue;
    const mention = mentionAt(context, c);
    if (mention && mention.identity.name !== null) return { mention, path: `${party.path} > appos` };
  }
  return party;
}
