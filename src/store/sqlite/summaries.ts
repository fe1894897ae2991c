// Summaries over the events a filter selects: actors with their aliases and codings, dyads
// by QuadClass, and timeline counts. Semantics are documented on the Store interface.
import type Database from 'better-sqlite3';
import type { NormalizedEventFilter } from '../event-filter.js';
import type { ActorRole, ActorSummary, Dyad, Timeline, TimelineBucket, TimelineGroup, TimelineInterval } from '../store.js';
import { ACTOR_KEY, EVENTS_FROM, RECIPIENT_KEY, eventWhere, type SqlParams } from './event-query.js';

function matchedEvents(f: NormalizedEventFilter, columns: string): { sql: string; params: SqlParams } {
  const where = eventWhere(f, { paging: false });
  return { sql: `SELECT ${columns} ${EVENTS_FROM} ${where.sql}`, params: where.params };
}

// One row per (event, side): an actor and its recipient are both "actors of the event".
function actorSides(f: NormalizedEventFilter): { sql: string; params: SqlParams } {
  const matched = matchedEvents(f, `m.id AS event_id, m.date_start, m.date_end,
    m.actor_text, ${ACTOR_KEY} AS actor_key, a.name AS actor_name, a.code AS actor_code, a.country AS actor_country, a.sector AS actor_sector,
    m.recipient_text, ${RECIPIENT_KEY} AS recipient_key, r.name AS recipient_name, r.code AS recipient_code, r.country AS recipient_country, r.sector AS recipient_sector`);
  return {
    sql: `WITH matched AS (${matched.sql}),
sides AS (
  SELECT event_id, date_start, date_end, actor_text AS text, actor_key AS key, actor_name AS name,
    actor_code AS code, actor_country AS country, actor_sector AS sector
  FROM matched WHERE actor_key IS NOT NULL
  UNION ALL
  SELECT event_id, date_start, date_end, recipient_text, recipient_key, recipient_name,
    recipient_code, recipient_country, recipient_sector
  FROM matched WHERE recipient_key IS NOT NULL
)`,
    params: matched.params,
  };
}

export function actorSummaries(db: Database.Database, f: NormalizedEventFilter, limit: number | null): ActorSummary[] {
  const sides = actorSides(f);
  const top = db.prepare<[SqlParams], { key: string; name: string | null; events: number }>(`${sides.sql}
SELECT key, max(name) AS name, count(DISTINCT event_id) AS events FROM sides
GROUP BY key ORDER BY events DESC, key ${limit === null ? '' : `LIMIT ${limit}`}`).all(sides.params);
  if (top.length === 0) return [];

  const keys = JSON.stringify(top.map((row) => row.key));
  const params = { ...sides.params, keys };
  const inTop = 'key IN (SELECT value FROM json_each(@keys))';
  const aliases = db.prepare<[SqlParams], { key: string; text: string }>(`${sides.sql}
SELECT key, text FROM sides WHERE ${inTop}
GROUP BY key, text ORDER BY key, count(*) DESC, text`).all(params);
  const roles = db.prepare<[SqlParams], ActorRole & { key: string }>(`${sides.sql}
SELECT key, code, country, sector, count(DISTINCT event_id) AS events, min(date_start) AS first, max(date_end) AS last
FROM sides WHERE ${inTop}
GROUP BY key, code, country, sector
ORDER BY key, first IS NULL, first, code, country, sector`).all(params);

  const byKey = new Map<string, ActorSummary>(
    top.map((row) => [row.key, { key: row.key, name: row.name, events: row.events, aliases: [], roles: [] }]));
  for (const { key, text } of aliases) byKey.get(key)?.aliases.push(text);
  for (const { key, ...role } of roles) byKey.get(key)?.roles.push(role);
  return [...byKey.values()];
}

export function dyadSummaries(db: Database.Database, f: NormalizedEventFilter, limit: number | null): Dyad[] {
  const matched = matchedEvents(f, `m.quad_class, ${ACTOR_KEY} AS source, ${RECIPIENT_KEY} AS target`);
  return db.prepare<[SqlParams], Dyad>(`WITH matched AS (${matched.sql})
SELECT source, target, count(*) AS events,
  sum(quad_class = 1) AS verbal_cooperation, sum(quad_class = 2) AS material_cooperation,
  sum(quad_class = 3) AS verbal_conflict, sum(quad_class = 4) AS material_conflict
FROM matched WHERE source IS NOT NULL AND target IS NOT NULL
GROUP BY source, target ORDER BY events DESC, source, target ${limit === null ? '' : `LIMIT ${limit}`}`).all(matched.params);
}

const PERIOD: Record<TimelineInterval, string> = {
  day: 'date_start',
  // 'weekday 0' moves to the coming Sunday (or stays on one); six days back is that week's Monday.
  week: "date(date_start, 'weekday 0', '-6 days')",
  month: "substr(date_start, 1, 7) || '-01'",
};

// A date's length gives its granularity: 2018, 2018-09, 2018-09-14 (a time of day may follow).
const FINE_ENOUGH: Record<TimelineInterval, string> = {
  day: 'length(date) >= 10',
  week: 'length(date) >= 10',
  month: 'length(date) >= 7',
};

const GROUP: Record<TimelineGroup, string> = {
  quad_class: 'CAST(quad_class AS TEXT)',
  plover: 'plover_type',
};

export function timelineSummary(
  db: Database.Database, f: NormalizedEventFilter, interval: TimelineInterval, group: TimelineGroup,
): Timeline {
  const matched = matchedEvents(f, 'm.date, m.date_start, m.quad_class, m.plover_type');
  const fine = FINE_ENOUGH[interval];
  const buckets = db.prepare<[SqlParams], TimelineBucket>(`WITH matched AS (${matched.sql})
SELECT ${PERIOD[interval]} AS period, ${GROUP[group]} AS "group", count(*) AS events
FROM matched WHERE date_start IS NOT NULL AND ${fine}
GROUP BY 1, 2 ORDER BY 1, 2`).all(matched.params);
  const rest = db.prepare<[SqlParams], { coarser: number | null; undated: number | null }>(`WITH matched AS (${matched.sql})
SELECT sum(date_start IS NOT NULL AND NOT (${fine})) AS coarser, sum(date_start IS NULL) AS undated FROM matched`)
    .get(matched.params);
  return { interval, group, buckets, coarser: rest?.coarser ?? 0, undated: rest?.undated ?? 0 };
}
