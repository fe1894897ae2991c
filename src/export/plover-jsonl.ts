// PLOVER records as the PLOVER manual's "Data Fields" chapter names them (table "PLOVER
// JSON", with the entity, text, citation and location objects), one per line as the
// manual suggests. The manual invites providers to add named fields; ours that PLOVER
// has no name for (CAMEO code, Goldstein score, status, attribution, rule) follow under
// their annalist names.
import type { ActorRef, EventRecord } from '../contract.js';
import { dateInterval } from '../store/date-interval.js';
import type { ExportArticle, ExportFormat } from './format.js';
import { jsonLine } from './jsonl.js';

export const ploverJsonl: ExportFormat = {
  name: 'plover',
  description: 'PLOVER event records (JSON), one per line',
  extension: 'jsonl',
  mediaType: 'application/x-ndjson',
  *write(events, context = {}) {
    for (const event of events) yield `${jsonLine(ploverRecord(event, context.articles?.get(event.article_id)))}\n`;
  },
};

export interface PloverEntity {
  /** Country (ISO-3) or international non-state code such as IGO. */
  code: string | null;
  sector: string | null;
  entity_text: string;
  identifier_text: string | null;
  /** The full CAMEO actor code (USAGOV), beyond PLOVER's fields. */
  cameo_code: string | null;
}

export function ploverRecord(event: EventRecord, article?: ExportArticle) {
  const interval = event.date === null ? null : dateInterval(event.date);
  return {
    id: event.id,
    // PLOVER dates are YYYY-MM-DD; a month or a year becomes the span date … enddate,
    // which states what we know without inventing a day.
    date: interval?.start ?? null,
    ...(interval !== null && interval.granularity !== 'day' ? { enddate: interval.end } : {}),
    actor: event.actor === null ? [] : [ploverEntity(event.actor)],
    recipient: event.recipient === null ? [] : [ploverEntity(event.recipient)],
    event: [event.plover.type],
    // The manual: mode and context are lists, left null when no value applies.
    mode: event.plover.mode === null ? null : [event.plover.mode],
    context: null,
    event_loc: event.location === null ? null : { extracted_place: event.location },
    event_text: [event.trigger.text],
    quad_code: event.quad_class,
    text: event.evidence.text,
    text_info: { start: event.evidence.start, end: event.evidence.end },
    cite_info: {
      citation: event.article_id,
      ...(article ? { url: article.url, title: article.title, publication: article.outlet } : {}),
      coder: 'annalist',
    },
    cameo: event.cameo,
    cameo_name: event.cameo_name,
    goldstein: event.goldstein,
    status: event.status,
    date_text: event.date_text,
    date_source: event.date_source,
    attribution: event.attribution,
    rule: event.rule,
    confidence: event.confidence,
  };
}

/**
 * CAMEO and PLOVER mostly share sector codes, with three differences the manual spells
 * out: CAMEO's MED (media) is PLOVER's JRN (PLOVER's MED is health), and IGO and NGO are
 * international entity codes in PLOVER, in the place of a country, not sectors. A
 * domestic NGO is PLOVER's SOC (civil society).
 */
export function ploverEntity(actor: ActorRef): PloverEntity {
  let code = actor.country;
  let sector: string | null = actor.sector;
  if (sector === 'MED') sector = 'JRN';
  if (sector === 'IGO') {
    code ??= 'IGO';
    sector = null;
  }
  if (sector === 'NGO') {
    if (code === null) {
      code = 'NGO';
      sector = null;
    } else {
      sector = 'SOC';
    }
  }
  return { code, sector, entity_text: actor.text, identifier_text: actor.name, cameo_code: actor.code };
}
