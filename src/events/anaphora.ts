// "the call took place", "Giuliani was on the call": an event noun without all its arguments
// refers to the last event of the same kind, and borrows what it lacks: parties and date. A verb
// keeps its own arguments: "Russian forces shelled the city" is no return of an earlier attack's target.
import type { EventMention } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';

const sameFamily = (a: string, b: string) => a.slice(0, 2) === b.slice(0, 2);

/** Whether a mention's trigger is an event noun ("the call", "a meeting"), which may refer back. */
export const nominalTrigger = (tokens: TokenTable) => (mention: EventMention): boolean => {
  for (let t = mention.triggerStart; t < mention.triggerEnd; t++) if (tokens.pos[t] === 'NOUN' || tokens.pos[t] === 'PROPN') return true;
  return false;
};

/** The latest mention before `mention` that it can refer to: same family, both parties, compatible with its own. */
function lastAntecedent(resolved: readonly EventMention[], mention: EventMention): EventMention | undefined {
  for (let i = resolved.length - 1; i >= 0; i--) {
    const previous = resolved[i];
    if (sameFamily(previous.cameo, mention.cameo) && previous.actor && previous.recipient &&
      (!mention.actor || previous.actor.entity === mention.actor.entity || previous.recipient.entity !== mention.actor.entity) &&
      (!mention.recipient || previous.recipient.entity === mention.recipient.entity || previous.actor.entity === mention.recipient.entity)) return previous;
  }
  return undefined;
}

export function resolveEventAnaphora(mentions: EventMention[], mayRefer: (mention: EventMention) => boolean = () => true): EventMention[] {
  const resolved: EventMention[] = [];
  for (const mention of mentions) {
    if (mention.actor && mention.recipient || !mayRefer(mention)) {
      resolved.push(mention);
      continue;
    }
    const antecedent = lastAntecedent(resolved, mention);
    if (!antecedent) {
      resolved.push(mention);
      continue;
    }
    let actor = mention.actor ?? antecedent.actor;
    let recipient = mention.recipient ?? antecedent.recipient;
    // "The September 2018 call with Giuliani": the named party may be the antecedent's actor.
    if (!mention.actor && mention.recipient && mention.recipient.entity === antecedent.actor?.entity) {
      actor = antecedent.actor;
      recipient = antecedent.recipient;
    }
    if (actor && recipient && actor.entity === recipient.entity) recipient = antecedent.recipient;
    const timex = mention.timex ?? antecedent.timex;
    resolved.push({
      ...mention, actor, recipient, timex, anaphoric: true,
      cameo: mention.cameo.length >= antecedent.cameo.length ? mention.cameo : antecedent.cameo,
      ...(!mention.timex && antecedent.timex ? { dateFrom: antecedent.dateFrom ?? 'antecedent' as const } : {}),
    });
  }
  return resolved.filter((mention) => mention.actor !== null && mention.actor.entity !== mention.recipient?.entity);
}
