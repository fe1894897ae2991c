// Every actor mention and identity is built here, with every field, the optional principal too,
// written in one order. V8 then gives all mentions one hidden class (and all identities
// another): coreference reads thousands of them, and code compiled for one class is thrown
// away and recompiled each time another class turns up. Spreading (`{ ...mention }`) or adding
// `principal` only when there is one made a class per creating line.
import type { ActorIdentity, ActorMention } from '../doc/layers.js';

/** A mention's fields; the entity id is assigned later, by coreference. */
export type MentionFields = Omit<ActorMention, 'entity'>;

export function actorMention(fields: MentionFields): ActorMention {
  return {
    tokenStart: fields.tokenStart,
    tokenEnd: fields.tokenEnd,
    sentence: fields.sentence,
    identity: fields.identity,
    entity: -1,
    rule: fields.rule,
    form: fields.form,
    title: fields.title,
    person: fields.person,
    possessive: fields.possessive,
    principal: fields.principal,
  };
}

export function actorIdentity(fields: ActorIdentity): ActorIdentity {
  return { name: fields.name, country: fields.country, sector: fields.sector, kind: fields.kind, principal: fields.principal };
}
