// An event mention row as both stores read it back, and the record it becomes. The stores
// differ only in how JSON columns come back: text from SQLite, parsed from PostgreSQL.
import type { ActorRef, EventRecord, Span } from '../contract.js';
import { otherEvidenceOf } from './other-evidence-column.js';

export interface EventRowOf<Outlets extends string | string[], Spans extends string | Span[]> {
  id: string;
  article_id: string;
  doc_id: string;
  doc_title: string | null;
  doc_url: string | null;
  doc_outlet: string | null;
  doc_published: string | null;
  actor_id: string | number | null;
  actor_text: string | null;
  actor_name: string | null;
  actor_country: string | null;
  actor_sector: string | null;
  actor_code: string | null;
  recipient_id: string | number | null;
  recipient_text: string | null;
  recipient_name: string | null;
  recipient_country: string | null;
  recipient_sector: string | null;
  recipient_code: string | null;
  cameo: string;
  cameo_name: string;
  quad_class: number;
  goldstein: number;
  plover_type: string;
  plover_mode: string | null;
  date: string | null;
  date_source: string;
  date_text: string | null;
  status: string;
  speaker: string | null;
  outlets: Outlets;
  cue: string | null;
  location: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  other_evidence: Spans;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  rule: string;
  confidence: number;
}

export function eventFromRow(row: EventRowOf<string | string[], string | Span[]>): EventRecord {
  return {
    id: row.id,
    article_id: row.article_id,
    doc_id: row.doc_id,
    title: row.doc_title,
    url: row.doc_url,
    outlet: row.doc_outlet,
    published: row.doc_published,
    actor: row.actor_id === null ? null : {
      text: row.actor_text ?? '',
      name: row.actor_name,
      country: row.actor_country,
      sector: row.actor_sector as ActorRef['sector'],
      code: row.actor_code,
    },
    recipient: row.recipient_id === null ? null : {
      text: row.recipient_text ?? '',
      name: row.recipient_name,
      country: row.recipient_country,
      sector: row.recipient_sector as ActorRef['sector'],
      code: row.recipient_code,
    },
    cameo: row.cameo,
    cameo_name: row.cameo_name,
    quad_class: row.quad_class as EventRecord['quad_class'],
    goldstein: row.goldstein,
    plover: { type: row.plover_type, mode: row.plover_mode },
    date: row.date,
    date_source: row.date_source as EventRecord['date_source'],
    date_text: row.date_text,
    status: row.status as EventRecord['status'],
    attribution: { speaker: row.speaker, outlets: typeof row.outlets === 'string' ? JSON.parse(row.outlets) as string[] : row.outlets, cue: row.cue },
    location: row.location,
    evidence: { start: row.evidence_start, end: row.evidence_end, text: row.evidence_text },
    other_evidence: otherEvidenceOf(row.other_evidence),
    trigger: { start: row.trigger_start, end: row.trigger_end, text: row.trigger_text },
    rule: row.rule,
    confidence: row.confidence,
  };
}

/** An article row: `doc_id` is absent when the input gave none (its source stands for it). */
export function articleFromRow<T extends { doc_id: string | null }>(row: T): Omit<T, 'doc_id'> & { doc_id?: string } {
  const { doc_id: docId, ...rest } = row;
  return docId === null ? rest : { ...rest, doc_id: docId };
}
