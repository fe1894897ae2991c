// A consolidated event from its mentions: the fields of the most informative mention, the
// counts GDELT calls NumMentions / NumArticles / NumSources, the first report and the trail.
import { createHash } from 'node:crypto';
import type { ConsolidatedEvent, EventMentionRef, EventStatus } from '../contract.js';
import type { StoredMention } from './stored-mention.js';
import { attributionTrail } from './trail.js';

/** The event's id: a function of its founding (smallest) mention id, so the same mentions give the same id in any run. */
export function eventId(mentionIds: readonly string[]): string {
  const founding = mentionIds.reduce((a, b) => (b < a ? b : a));
  return createHash('sha256').update(`event\u0000${founding}`).digest('hex').slice(0, 16);
}

const FACTUAL: readonly EventStatus[] = ['asserted', 'reported'];

/** Earliest publication first (undated last), then mention id. */
function reportOrder(a: StoredMention, b: StoredMention): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

/** The mention that speaks for the event: a factual one, with the finest date, both parties (named), most confidence. */
function headMention(mentions: readonly StoredMention[]): StoredMention {
  const rank = (m: StoredMention) => [
    FACTUAL.includes(m.record.status) ? 0 : 1,
    m.record.date_source === 'text' ? 0 : m.record.date_source === 'narrative' ? 1 : 2,
    -(m.record.date?.length ?? 0),
    (m.record.actor ? 0 : 1) + (m.record.recipient ? 0 : 1),
    (m.record.actor?.name ? 0 : 1) + (m.record.recipient?.name ? 0 : 1),
    -m.record.confidence,
  ];
  return [...mentions].sort((a, b) => {
    const x = rank(a);
    const y = rank(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return reportOrder(a, b);
  })[0];
}

/** A mention as a consolidated event lists it. */
export function mentionRef(m: Pick<StoredMention, 'record' | 'outlet' | 'published'>): EventMentionRef {
  const { record } = m;
  return {
    id: record.id,
    article_id: record.article_id,
    doc_id: record.doc_id,
    url: record.url,
    outlet: m.outlet,
    published: m.published,
    status: record.status,
    attribution: record.attribution,
    evidence: record.evidence,
    other_evidence: record.other_evidence,
    rule: record.rule,
  };
}

export function summarizeEvent(mentions: readonly StoredMention[]): ConsolidatedEvent {
  if (mentions.length === 0) throw new Error('an event needs at least one mention');
  const ordered = [...mentions].sort(reportOrder);
  const head = headMention(mentions);
  const refs = ordered.map(mentionRef);
  const statuses: Partial<Record<EventStatus, number>> = {};
  for (const m of mentions) statuses[m.record.status] = (statuses[m.record.status] ?? 0) + 1;
  const articles = new Set(mentions.map((m) => m.record.article_id));
  const sources = new Set(mentions.map((m) => m.outlet ?? `article:${m.record.article_id}`));
  const first = ordered[0];
  return {
    ...head.record,
    id: eventId(mentions.map((m) => m.record.id)),
    head_mention: head.record.id,
    // Any factual report makes the event asserted or reported; the others stay visible in `statuses`.
    status: head.record.status,
    story: first.story,
    mentions: refs,
    num_mentions: mentions.length,
    num_articles: articles.size,
    num_sources: sources.size,
    first_reported: { article_id: first.record.article_id, outlet: first.outlet, published: first.published },
    statuses,
    trail: attributionTrail(refs),
  };
}
