// The SQL every event query shares: the joins, the WHERE clause a filter becomes, and the
// sort key that both orders events and places a cursor, so pages never skip or repeat a row.
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
// No column is NULL after coalesce, so the tuple compares as ORDER BY sorts.
const sortKey = (alias: string) =>
  `${alias}.date_start IS NULL, coalesce(${alias}.date_start, ''), coalesce(${alias}.date, ''), ` +
  `${alias}.article_id, ${alias}.evidence_start, ${alias}.trigger_start, ${alias}.id`;

export const EVENT_ORDER = `ORDER BY ${sortKey('m')}`;

export type SqlParams = Record<string, string | number>;

export interface WhereClause {
  /** `WHERE …`, or '' when nothing narrows the events. */
  sql: string;
  params: SqlParams;
}

/**
 * The conditions of a normalized filter, over the aliases of EVENTS_FROM. `fold` is the
 * connection's SQL function that folds text as foldForSearch does (registered by the store).
 */
export function eventWhere(f: NormalizedEventFilter, options: { paging: boolean }): WhereClause {
  const where: string[] = [];
  const params: SqlParams = {};
  if (f.actorFolded !== null && f.actorCodePrefix !== null) {
    where.push(`(instr(a.name_folded, @actorFolded) > 0 OR instr(m.actor_text_folded, @actorFolded) > 0
      OR substr(a.code, 1, @actorCodeLength) = @actorCodePrefix
      OR instr(r.name_folded, @actorFolded) > 0 OR instr(m.recipient_text_folded, @actorFolded) > 0
      OR substr(r.code, 1, @actorCodeLength) = @actorCodePrefix)`);
    Object.assign(params, {
      actorFolded: f.actorFolded, actorCodePrefix: f.actorCodePrefix, actorCodeLength: f.actorCodePrefix.length,
    });
  }
  if (f.actorKey !== null) {
    where.push(`(${ACTOR_KEY} = @actorKey OR ${RECIPIENT_KEY} = @actorKey)`);
    params.actorKey = f.actorKey;
  }
  if (f.country !== null) {
    where.push('(a.country = @country OR r.country = @country)');
    params.country = f.country;
  }
  if (f.sector !== null) {
    where.push('(a.sector = @sector OR r.sector = @sector)');
    params.sector = f.sector;
  }
  if (f.codePrefix !== null) {
    // The prefix is digits only (checked), so GLOB needs no escaping and can use the cameo index.
    where.push('m.cameo GLOB @codeGlob');
    params.codeGlob = `${f.codePrefix}*`;
  }
  if (f.plover !== null) {
    where.push('m.plover_type = @plover');
    params.plover = f.plover;
  }
  if (f.quadClass !== null) {
    where.push('m.quad_class = @quadClass');
    params.quadClass = f.quadClass;
  }
  if (f.status !== null) {
    where.push('m.status = @status');
    params.status = f.status;
  }
  if (f.textFolded !== null) {
    where.push('instr(annalist_fold(m.evidence_text), @textFolded) > 0');
    params.textFolded = f.textFolded;
  }
  if (f.article !== null) {
    where.push('m.article_id = @article');
    params.article = f.article;
  }
  if (f.sinceDay !== null) {
    where.push('m.date_end >= @sinceDay');
    params.sinceDay = f.sinceDay;
  }
  if (f.untilDay !== null) {
    where.push('m.date_start <= @untilDay');
    params.untilDay = f.untilDay;
  }
  if (f.headsOnly) where.push('m.id IN (SELECT head_mention_id FROM events)');
  if (options.paging && f.after !== null) {
    where.push(`(${sortKey('m')}) > (SELECT ${sortKey('c')} FROM event_mentions c WHERE c.id = @after)`);
    params.after = f.after;
  }
  return { sql: where.length > 0 ? `WHERE ${where.join('\n  AND ')}` : '', params };
}
