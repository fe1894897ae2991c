// Event and actor mentions built by hand, for tests of the steps that only look at entities,
// codes, dates and status (anaphora, within-article merging): no pipeline, no lexicons.
import type { EventStatus } from '../../src/contract.js';
import type { ActorMention, EventMention, Timex } from '../../src/doc/layers.js';

/** A person mention whose in-document entity id is `entity`. */
export function actorMention(entity: number, name: string): ActorMention {
  return {
    tokenStart: entity * 10, tokenEnd: entity * 10 + 1, sentence: 0,
    identity: { name, country: null, sector: null, kind: 'person' },
    entity, possessive: false, title: null, person: null, rule: 'test', form: 'name',
  };
}

export function dateTimex(value: string): Timex {
  return { cleanStart: 0, cleanEnd: value.length, text: value, type: 'DATE', value, sentence: 0, rule: 'test' };
}

export interface MentionFields {
  actor: ActorMention | null;
  recipient: ActorMention | null;
  cameo: string;
  status?: EventStatus;
  timex?: string;
  anaphoric?: boolean;
  rule?: string;
}

let nextTrigger = 0;

/** An event mention; each one gets its own sentence and trigger position, in call order. */
export function eventMention(fields: MentionFields): EventMention {
  nextTrigger += 5;
  return {
    sentence: nextTrigger, triggerStart: nextTrigger, triggerEnd: nextTrigger + 1,
    actor: fields.actor, recipient: fields.recipient, cameo: fields.cameo,
    rule: fields.rule ?? `${fields.cameo}.test.v1`, status: fields.status ?? 'asserted',
    attribution: { speaker: null, outlets: [], cue: null },
    timex: fields.timex ? dateTimex(fields.timex) : null,
    confidence: 0.7, anaphoric: fields.anaphoric ?? false, merged: [], paths: { actor: null, recipient: null },
  };
}
