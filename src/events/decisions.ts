// What became of each pattern match, for `annalist explain`: coded as an event, merged into
// an event coded from another mention, or dropped by anaphora (no actor, nothing to borrow from).
import type { EventDecision, EventMention } from '../doc/layers.js';

const key = (m: { sentence: number; triggerStart: number; rule: string }) => `${m.sentence}:${m.triggerStart}:${m.rule}`;

export function decide(found: EventMention[], events: EventMention[], skipped: EventDecision[]): EventDecision[] {
  const heads = new Map<string, EventMention>();
  const mergedInto = new Map<string, EventMention>();
  for (const event of events) {
    heads.set(key(event), event);
    for (const mention of event.merged) if (!heads.has(key(mention))) mergedInto.set(key(mention), event);
  }
  const decisions = new Map<string, EventDecision>();
  for (const mention of found) {
    const k = key(mention);
    if (decisions.has(k)) continue;
    const head = heads.get(k);
    const into = mergedInto.get(k);
    if (head) {
      decisions.set(k, decision(mention, 'coded', head.anaphoric ? 'coded; a party was borrowed from an earlier event of its kind' : 'coded'));
    } else if (into) {
      decisions.set(k, decision(mention, 'merged', `the same event as the one coded in sentence ${into.sentence + 1}`));
    } else {
      const reason = mention.actor && mention.actor.entity === mention.recipient?.entity
        ? 'actor and recipient are the same'
        : 'no actor found, and no earlier event of its kind to borrow one from';
      decisions.set(k, decision(mention, 'skipped', reason));
    }
  }
  return [...decisions.values(), ...skipped].sort((a, b) => a.sentence - b.sentence || a.triggerStart - b.triggerStart);
}

/** A literal, not a spread of the mention's fields: a spread that adds keys takes V8's slow path. */
function decision(mention: EventMention, outcome: EventDecision['outcome'], reason: string): EventDecision {
  return { sentence: mention.sentence, triggerStart: mention.triggerStart, triggerEnd: mention.triggerEnd, rule: mention.rule, cameo: mention.cameo, outcome, reason };
}
