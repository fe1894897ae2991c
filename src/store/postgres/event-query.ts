// The SQL every PostgreSQL event query shares, as sqlite/event-query.ts does for SQLite: the
// joins, the WHERE clause a filter becomes, and the sort key that orders events and places a
// cursor. Values travel as numbered parameters; only checked digits reach the SQL text.
import type { NormalizedEventFilter } from '../event-filter.js';

/** Event mentions joined to their actor (a) and recipient (r) rows. */
export const EVENTS_FROM = `
FROM event_mentions m
LEFT JOIN actors a ON a.id = m.actor_id
LEFT JOIN actors r ON r.id = m.recipient_id`;

/** The actor key of ActorSummary: canonical name, else CAMEO actor code. */
export const ACTOR_KEY = 'coalesce(a.name, a.code)';
export const RECIPIENT_KEY = 'coalesce(r.name, r.code)';

// Undated events last; a coarse date sorts before the days inside it ("2018-09" before "2018-09-14").
// No column is NULL after coalesce, so the row comparison of a cursor agrees with ORDER BY.
const sortKey = (alias: string) =>
  `${alias}.date_start IS NULL, coalesce(${alias}.date_start, ''), coalesce(${alias}.date, ''), ` +
  `${alias}.article_id, ${alias}.evidence_start, ${alias}.trigger_start, ${alias}.id`;

export const EVENT_ORDER = `ORDER BY ${sortKey('m')}`;

/** Positional parameters ($1, $2 …) collected while a query is written. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `WHERE …` for a normalized filter over the aliases of EVENTS_FROM, or '' when nothing narrows the events. */
export function eventWhere(f: NormalizedEventFilter, params: SqlParams, options: { paging: boolean }): string {
  const where: string[] = [];
  if (f.actorFolded !== null && f.actorCodePrefix !== null) {
    const folded = params.add(f.actorFolded);
    const prefix = params.add(f.actorCodePrefix);
    where.push(`(strpos(a.name_folded, ${folded}) > 0 OR strpos(m.actor_text_folded, ${folded}) > 0
      OR starts_with(a.code, ${prefix})
      OR strpos(r.name_folded, ${folded}) > 0 OR strpos(m.recipient_text_folded, ${folded}) > 0
      OR starts_with(r.code, ${prefix}))`);
  }
  if (f.actorKey !== null) {
    const key = params.add(f.actorKey);
    where.push(`(${ACTOR_KEY} = ${key} OR ${RECIPIENT_KEY} = ${key})`);
  }
  if (f.country !== null) {
    const country = params.add(f.country);
    where.push(`(a.country = ${country} OR r.country = ${country})`);
  }
  if (f.sector !== null) {
    const sector = params.add(f.sector);
    where.push(`(a.sector = ${sector} OR r.sector = ${sector})`);
  }
  // The prefix is digits only (checked), so LIKE needs no escaping and can use the cameo index.
  if (f.codePrefix !== null) where.push(`m.cameo LIKE ${params.add(`${f.codePrefix}%`)}`);
  if (f.plover !== null) where.push(`m.plover_type = ${params.add(f.plover)}`);
  if (f.quadClass !== null) where.push(`m.quad_class = ${params.add(f.quadClass)}`);
  if (f.status !== null) where.push(`m.status = ${params.add(f.status)}`);
  if (f.textFolded !== null) where.push(`strpos(m.evidence_text_folded, ${params.add(f.textFolded)}) > 0`);
  if (f.article !== null) where.push(`m.article_id = ${params.add(f.article)}`);
  if (f.sinceDay !== null) where.push(`m.date_end >= ${params.add(f.sinceDay)}`);
  if (f.untilDay !== null) where.push(`m.date_start <= ${params.add(f.untilDay)}`);
  if (f.headsOnly) where.push('m.id IN (SELECT head_mention_id FROM events)');
  if (options.paging && f.after !== null) {
    where.push(`(${sortKey('m')}) > (SELECT ${sortKey('c')} FROM event_mentions c WHERE c.id = ${params.add(f.after)})`);
  }
  return where.length > 0 ? `WHERE ${where.join('\n  AND ')}` : '';
}
