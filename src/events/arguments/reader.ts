// The ArgumentReader seam: given a trigger match and the sentence, who acted and on whom. This
// one reads the dependency parse; the rules it applies, and their order, are the events
// configuration's (src/events/configuration.ts).
import type { ActorMention } from '../../doc/layers.js';
import type { CameoTraits } from '../../ontology/cameo-traits.js';
import type { TriggerMatch } from '../trigger-index.js';
import type { Arguments, Party } from './argument.js';
import type { ArgumentContext } from './context.js';
import { mentionAt, phraseMarker } from './context.js';
import { modifierActor, nominalActor } from './nominal.js';
import { conjoined, coordinatedModifiers, fillerAt, named, type SlotFiller } from './party.js';
import { agentOf, isPassive } from './voice.js';
import { readSlot } from './slots.js';
import { findSubject, type SubjectRule } from './subject.js';

export interface ArgumentReader {
  read(context: ArgumentContext, match: TriggerMatch): Arguments;
}

export interface TreeReaderConfiguration {
  subjectRules: readonly SubjectRule[];
  /** Slots tried, in order, when a pattern's own slots found no one: for any act, and for a hostile one (roots 10–20). */
  fallbackSlots: readonly string[];
  hostileFallbackSlots: readonly string[];
  /** "along with", "together with": a party so joined acts too. */
  coActorMarkers: ReadonlySet<string>;
  /** "for", "amid": what makes an event noun a circumstance of another act. */
  circumstanceMarkers: ReadonlySet<string>;
  /** Places, vehicles and people a violent act may be done to (lexicons/events/target-nouns.tsv). */
  targetNouns: ReadonlySet<string>;
  traits: CameoTraits;
}

const FUNCTION_RELATIONS = new Set(['case', 'mark', 'det', 'aux', 'cop', 'punct', 'cc', 'fixed']);

/** The trigger's word the rest of the sentence hangs from: a word of the span whose head is outside it, not a preposition or article. */
export function anchorOf(context: ArgumentContext, match: TriggerMatch): number {
  const { tree } = context;
  let fallback = -1;
  for (let t = match.tokenStart; t < match.tokenEnd; t++) {
    const head = tree.head(t);
    if (head >= match.tokenStart && head < match.tokenEnd) continue;
    if (!FUNCTION_RELATIONS.has(tree.relation(t))) return t;
    if (fallback < 0) fallback = t;
  }
  return fallback >= 0 ? fallback : match.tokenStart;
}

export function createTreeArgumentReader(configuration: TreeReaderConfiguration): ArgumentReader {
  const { subjectRules, traits } = configuration;
  return {
    read(context, match) {
      const { tree, tokens } = context;
      const pattern = match.pattern;
      const anchor = anchorOf(context, match);
      const nominal = tokens.pos[anchor] === 'NOUN' || tokens.pos[anchor] === 'PROPN';
      const subjectOf = (v: number) => findSubject(context, v, subjectRules);
      // An active verb's subject acts; a passive's is acted on, and its "by" agent acts.
      const actorOf = (v: number): SlotFiller => (isPassive(tree, v) ? fillerAt(context, agentOf(tree, v), 'obl:agent') : subjectOf(v));

      if (pattern.actor === 'speaker') {
        // "Venezuela sends us drugs" in a leader's quote: the clause's subject is whom the speaker accuses.
        let clause = anchor;
        while (clause >= 0 && tokens.pos[clause] !== 'VERB' && tokens.pos[clause] !== 'AUX') clause = tree.head(clause);
        const subject = pattern.recipientIsSubject && clause >= 0 ? subjectOf(clause) : { kind: 'none' as const };
        return result([], subject.kind === 'party' ? subject.party : null);
      }

      let actor: SlotFiller = pattern.actor === 'modifier'
        ? partyOrNone(modifierActor(context, anchor))
        : nominal ? nominalActor(context, anchor, actorOf, configuration.circumstanceMarkers) : actorOf(anchor);

      let recipient: Party | null = null;
      let wrongKind: string | null = null;
      // "talks between Ukraine and Russia": a noun's "between" names both parties; a verb's ("mediated between A and B") its recipients.
      if (nominal && pattern.recipient.includes('obl:between')) {
        const pair = betweenPair(context, anchor);
        if (pair) return result([pair[0]], pair[1]);
      }
      const words: [number, number] = [match.tokenStart, match.tokenEnd];
      // "fired two artillery shells at Seoul": a trigger that ends with its preposition points at its recipient.
      const last = match.tokenEnd - 1;
      const pointed = tokens.deprel[last] === 'case' && (tree.head(last) < match.tokenStart || tree.head(last) >= match.tokenEnd)
        ? fillerAt(context, tree.head(last), `case < ${tokens.lower[last]}`) : { kind: 'none' as const };
      if (pointed.kind === 'party' && !(pattern.recipientMustBe && unfitFiller(context, pointed, 'case', pattern.recipientMustBe, configuration.targetNouns))) recipient = pointed.party;
      for (const slot of recipient ? [] : pattern.recipient) {
        const filler = readSlot(context, anchor, slot, match.nearEnd, subjectOf, words);
        if (filler.kind === 'none') continue;
        if (pattern.recipientMustBe) wrongKind = unfitFiller(context, filler, slot, pattern.recipientMustBe, configuration.targetNouns);
        if (wrongKind) break;
        // A thing in one slot leaves the next its chance: "granted political asylum to Rwandan rebels".
        if (filler.kind === 'thing') continue;
        recipient = filler.party;
        break;
      }
      if (!recipient && !wrongKind) {
        const fallbacks = Number(pattern.cameo.slice(0, 2)) >= 10 ? configuration.hostileFallbackSlots : configuration.fallbackSlots;
        for (const slot of fallbacks) {
          const filler = slot === 'xcomp:obj' ? complementObject(context, anchor, subjectOf) : readSlot(context, anchor, slot, -1, subjectOf, words);
          if (filler.kind === 'party') {
            recipient = filler.party;
            break;
          }
        }
      }

      const actors: Party[] = [];
      const coActing: Party[] = [];
      if (actor.kind === 'party') {
        const head = tree.headOf(actor.party.mention.tokenStart, actor.party.mention.tokenEnd);
        // The noun the subject's mention stands in ("officials" of "Hungarian and Romanian officials").
        const noun = actor.owned >= 0 ? actor.owned : subjectNoun(context, anchor, head);
        const modifiers = coordinatedModifiers(context, noun, actor.party.path);
        if (modifiers.length > 0) actors.push(...modifiers);
        else actors.push(named(context, actor.party, head), ...conjoined(context, head, actor.party.path));
        coActing.push(...coActors(context, [anchor, head], configuration.coActorMarkers));
      }
      const parties = new Set(actors.map((a) => a.mention.entity));
      // "Greece and Turkey signed a declaration" is done with each other; "… telephoned millions of voters" is not.
      const object = tree.child(anchor, 'obj');
      const ownObject = !nominal && pattern.recipient.includes('obj') && object >= 0 && (object < match.tokenStart || object >= match.tokenEnd);
      if (!recipient && parties.size > 1 && !nominal && !ownObject && traits.has(pattern.cameo, 'reciprocal')) {
        return { actors, recipient: null, reciprocal: true, alsoRecipients: [], wrongKind };
      }
      // "Giuliani was on the call along with Sessions": who acts along with the subject acts too, on the same party.
      actors.push(...coActing);
      // "Greece demanded that its partners …": a recipient that is the actor again was found in the wrong place.
      if (recipient && actors.length > 0 && actors.every((a) => a.mention.entity === recipient!.mention.entity)) recipient = null;
      const kept = actors.filter((a) => a.mention !== recipient?.mention && a.mention.entity !== recipient?.mention.entity);
      const also = recipient ? alsoRecipients(context, recipient, kept) : [];
      return { actors: kept, recipient, reciprocal: false, alsoRecipients: also, wrongKind };

      function result(found: Party[], to: Party | null): Arguments {
        return { actors: found, recipient: to, reciprocal: false, alsoRecipients: [], wrongKind: null };
      }
    },
  };
}

/**
 * Why a slot's filler cannot be the recipient a pattern allows, or null when it can. A thing is
 * allowed only when it is a target noun (a place, vehicle, position or people): then the actor
 * modifying it is the recipient ("police" in "attacked a police station"), if any.
 */
function unfitFiller(context: ArgumentContext, filler: SlotFiller, slot: string, kinds: readonly string[], targets: ReadonlySet<string>): string | null {
  const allowed = kinds.join(' or ');
  // "killed ten", "wounded 20": a bare number counts people.
  if (filler.kind === 'thing') return targets.has(context.tokens.lower[filler.token]) || context.tokens.pos[filler.token] === 'NUM' ? null : `its ${slot} is “${context.tokens.text[filler.token]}”, not a ${allowed}`;
  if (filler.kind !== 'party') return null;
  if (filler.owned >= 0 && !targets.has(context.tokens.lower[filler.owned])) return `its ${slot} is “${context.tokens.text[filler.owned]}”, not a ${allowed}`;
  const kind = filler.party.mention.identity.kind;
  return kinds.includes(kind) ? null : `its ${slot} is ${kind === 'outlet' ? 'a news outlet' : `a ${kind}`}, not a ${allowed}`;
}

/** The token in the subject slot, when the actor's mention only covers part of its phrase ("Romanian officials" in "Hungarian and Romanian officials"). */
function subjectNoun(context: ArgumentContext, anchor: number, mentionHead: number): number {
  const subject = context.tree.child(anchor, 'nsubj');
  return subject >= 0 && context.tree.dominates(subject, mentionHead) ? subject : mentionHead;
}

const partyOrNone = (party: Party | null): SlotFiller => (party ? { kind: 'party', party, owned: -1 } : { kind: 'none' });

/** "talks between Ukraine and Russia": the noun's "between" names both parties. */
function betweenPair(context: ArgumentContext, anchor: number): [Party, Party] | null {
  const { tree } = context;
  const heads = tree.relation(anchor) === 'obj' ? [anchor, tree.head(anchor)] : [anchor];
  for (const h of heads) {
    for (const c of tree.children(h)) {
      const relation = tree.relation(c);
      if (relation !== 'nmod' && relation !== 'obl' || tree.marker(c) !== 'between') continue;
      const first = mentionAt(context, c);
      const second = conjoined(context, c, 'obl:between')[0];
      if (first && second) return [{ mention: first, path: 'obl:between' }, second];
    }
  }
  return null;
}

/** "threatened to attack Iran", "offered to hand over to Britain": the object, or a marked oblique, of the act intended. */
function complementObject(context: ArgumentContext, anchor: number, subjectOf: (v: number) => SlotFiller): SlotFiller {
  const clause = context.tree.child(anchor, 'xcomp');
  if (clause < 0) return { kind: 'none' };
  for (const slot of ['obj', 'obl:with', 'obl:to', 'obl:against', 'obl:from', 'obl:on', 'obl:into']) {
    const filler = readSlot(context, clause, slot, -1, subjectOf);
    if (filler.kind === 'party') return { ...filler, party: { mention: filler.party.mention, path: `xcomp > ${filler.party.path}` } };
  }
  return { kind: 'none' };
}

/** "Giuliani was on the call along with Sessions": a party joined to the trigger or the actor by "along with". */
function coActors(context: ArgumentContext, heads: number[], markers: ReadonlySet<string>): Party[] {
  const { tree } = context;
  const found: Party[] = [];
  for (const h of heads) {
    for (const c of tree.children(h)) {
      const relation = tree.relation(c);
      const marker = phraseMarker(context, c);
      if ((relation === 'obl' || relation === 'nmod') && markers.has(marker)) {
        const mention = mentionAt(context, c);
        if (mention) found.push({ mention, path: `obl:${marker}` });
      }
    }
  }
  return found;
}

/** "met Manalo and President Marcos": each coordinated recipient is its own event; one who is an actor is not. */
function alsoRecipients(context: ArgumentContext, recipient: Party, actors: Party[]): Party[] {
  const head = context.tree.headOf(recipient.mention.tokenStart, recipient.mention.tokenEnd);
  const isActor = (m: ActorMention) => actors.some((a) => a.mention.entity === m.entity);
  // "Ukraine and Kyiv": an unnamed state named twice is one recipient.
  const sameState = (m: ActorMention) => m.identity.name === null && recipient.mention.identity.name === null && m.identity.country === recipient.mention.identity.country;
  return conjoined(context, head, recipient.path).filter((p) => p.mention.entity !== recipient.mention.entity && !isActor(p.mention) && !sameState(p.mention));
}
