// A Doc's events in the output contract: original-text offsets, codes and names from the
// ontology, actor roles as of the event's date, and a date with its source.
import { createHash } from 'node:crypto';
import type { ActorRef, Attribution, EventRecord } from '../contract.js';
import type { Doc } from '../doc/doc.js';
import type { ActorMention, EventMention } from '../doc/layers.js';
import type { Ontology } from '../ontology/ontology.js';
import type { ActorLexicon } from '../actors/lexicon.js';

export function toEventRecords(doc: Doc, ontology: Ontology, lexicon: ActorLexicon): EventRecord[] {
  return doc.eventMentions.map((event) => toRecord(doc, event, ontology, lexicon));
}

function toRecord(doc: Doc, event: EventMention, ontology: Ontology, lexicon: ActorLexicon): EventRecord {
  const tokens = doc.tokenTable;
  const sentence = doc.sentences[event.sentence];
  const published = doc.article.published;
  const date = event.timex ? event.timex.value : published;
  const dateSource = event.timex ? (event.dateFrom === 'narrative' ? 'narrative' : 'text') : published ? 'publication' : 'none';
  const description = ontology.describe(event.cameo);
  const span = (cleanStart: number, cleanEnd: number) => {
    const { start, end } = doc.toOriginal(cleanStart, cleanEnd);
    return { start, end, text: doc.article.text.slice(start, end) };
  };
  const evidence = span(sentence.cleanStart, sentence.cleanEnd);
  const otherEvidence = otherSentences(event).map((index) => span(doc.sentences[index].cleanStart, doc.sentences[index].cleanEnd));
  const trigger = span(tokens.start[event.triggerStart], tokens.end[event.triggerEnd - 1]);
  const actor = event.actor ? actorRef(doc, event.actor, date, lexicon) : null;
  const recipient = event.recipient ? actorRef(doc, event.recipient, date, lexicon) : null;
  const id = createHash('sha256')
    .update([doc.article.id, event.cameo, actor?.code, actor?.name, recipient?.code, recipient?.name, trigger.start].join('\u0000'))
    .digest('hex').slice(0, 16);
  return {
    id,
    article_id: doc.article.id,
    doc_id: doc.article.doc_id ?? doc.article.source,
    title: doc.article.title,
    url: doc.article.url,
    outlet: doc.article.outlet,
    published: doc.article.published,
    actor,
    recipient,
    cameo: event.cameo,
    cameo_name: description.name,
    quad_class: description.quadClass,
    goldstein: description.goldstein,
    plover: { type: description.plover.type, mode: description.plover.mode },
    date: date && /^\d{4}/.test(date) ? date : null,
    date_source: date && /^\d{4}/.test(date) ? dateSource : 'none',
    date_text: event.timex?.text ?? null,
    status: event.status,
    attribution: mergedAttribution(event),
    location: null,
    evidence,
    other_evidence: otherEvidence,
    trigger,
    rule: event.rule,
    confidence: Math.min(1, event.confidence + (event.merged.length > 0 ? 0.1 : 0)),
  };
}

/** Sentences of the mentions merged into the event, in text order, each once and never the evidence sentence. */
function otherSentences(event: EventMention): number[] {
  const sentences = new Set(event.merged.map((m) => m.sentence));
  sentences.delete(event.sentence);
  return [...sentences].sort((a, b) => a - b);
}

/**
 * Who says so, over every mention of the event: the first speaker and cue named anywhere
 * ("the call" is asserted in the lead, but "Mackowiak confirmed to The Hill that the call took
 * place"), and every outlet.
 */
function mergedAttribution(event: EventMention): Attribution {
  const mentions = [event, ...event.merged];
  const speaking = mentions.find((m) => m.attribution.speaker !== null || m.attribution.outlets.length > 0) ?? event;
  const outlets = [...new Set(mentions.flatMap((m) => m.attribution.outlets))];
  return { speaker: speaking.attribution.speaker, outlets, cue: speaking.attribution.cue };
}

function actorRef(doc: Doc, mention: ActorMention, date: string | null, lexicon: ActorLexicon): ActorRef {
  const tokens = doc.tokenTable;
  const { start, end } = doc.toOriginal(tokens.start[mention.tokenStart], tokens.end[mention.tokenEnd - 1]);
  let { country, sector } = mention.identity;
  // A role written in the text ("then-Rep.") is the role at the time; otherwise the lexicon's role on the event's date.
  const textualRole = mention.form === 'titled-name' && mention.title !== null && sector !== null;
  if (mention.person && !textualRole) {
    const role = lexicon.roleAt(mention.person, date && /^\d{4}/.test(date) ? date : null);
    sector = role.sector;
    country = role.country ?? country;
  }
  const code = country ? `${country}${sector && sector !== 'IGO' ? sector : ''}` : sector;
  return { text: doc.article.text.slice(start, end), name: mention.identity.name, country, sector, code };
}
