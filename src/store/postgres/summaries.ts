// Summaries over the events a filter selects (actors, dyads, timeline) in PostgreSQL; the
// same queries as sqlite/summaries.ts, with semantics documented on the Store interface.
// Counts are cast to integer: node-postgres returns bigint as a string.
import type pg from 'pg';
import type { NormalizedEventFilter } from '../event-filter.js';
import type { ActorRole, ActorSummary, Dyad, Timeline, TimelineBucket, TimelineGroup, TimelineInterval } from '../store.js';
import { ACTOR_KEY, EVENTS_FROM, RECIPIENT_KEY, SqlParams, eventWhere } from './event-query.js';

function matchedEvents(f: NormalizedEventFilter, params: SqlParams, columns: string): string {
  return `SELECT ${columns} ${EVENTS_FROM} ${eventWhere(f, params, { paging: false })}`;
}

// One row per (event, side): an actor and its recipient are both "actors of the event".
function actorSides(f: NormalizedEventFilter, params: SqlParams): string {
  const matched = matchedEvents(f, params, `m.id AS event_id, m.date_start, m.date_end,
    m.actor_text, ${ACTOR_KEY} AS actor_key, a.name AS actor_name, a.code AS actor_code, a.country AS actor_country, a.sector AS actor_sector,
    m.recipient_text, ${RECIPIENT_KEY} AS recipient_key, r.name AS recipient_name, r.code AS recipient_code, r.country AS recipient_country, r.sector AS recipient_sector`);
  return `WITH matched AS (${matched}),
sides AS (
  SELECT event_id, date_start, date_end, actor_text AS text, actor_key AS key, actor_name AS name,
    actor_code AS code, actor_country AS country, actor_sector AS sector
  FROM matched WHERE actor_key IS NOT NULL
  UNION ALL
  SELECT event_id, date_start, date_end, recipient_text, recipient_key, recipient_name,
    recipient_code, recipient_country, recipient_sector
  FROM matched WHERE recipient_key IS NOT NULL
)`;
}

export async function actorSummaries(db: pg.Pool, f: NormalizedEventFilter, limit: number | null): Promise<ActorSummary[]> {
  const topParams = new SqlParams();
  const top = (await db.query<{ key: string; name: string | null; events: number }>(`${actorSides(f, topParams)}
SELECT key, max(name) AS name, count(DISTINCT event_id)::int AS events FROM sides
GROUP BY key ORDER BY events DESC, key ${limit === null ? '' : `LIMIT ${limit}`}`, topParams.values)).rows;
  if (top.length === 0) return [];

  const inTop = (params: SqlParams) => `key = ANY(${params.add(top.map((row) => row.key))}::text[])`;
  const aliasParams = new SqlParams();
  const aliasSides = actorSides(f, aliasParams);
  const aliases = (await db.query<{ key: string; text: string }>(`${aliasSides}
SELECT key, text FROM sides WHERE ${inTop(aliasParams)}
GROUP BY key, text ORDER BY key, count(*) DESC, text`, aliasParams.values)).rows;
  const roleParams = new SqlParams();
  const roleSides = actorSides(f, roleParams);
  const roles = (await db.query<ActorRole & { key: string }>(`${roleSides}
SELECT key, code, country, sector, count(DISTINCT event_id)::int AS events, min(date_start) AS first, max(date_end) AS last
FROM sides WHERE ${inTop(roleParams)}
GROUP BY key, code, country, sector
ORDER BY key, min(date_start) IS NULL, min(date_start), code, country, sector`, roleParams.values)).rows;

  const byKey = new Map<string, ActorSummary>(
    top.map((row) => [row.key, { key: row.key, name: row.name, events: row.events, aliases: [], roles: [] }]));
  for (const { key, text } of aliases) byKey.get(key)?.aliases.push(text);
  for (const { key, ...role } of roles) byKey.get(key)?.roles.push(role);
  return [...byKey.values()];
}

export async function dyadSummaries(db: pg.Pool, f: NormalizedEventFilter, limit: number | null): Promise<Dyad[]> {
  const params = new SqlParams();
  const matched = matchedEvents(f, params, `m.quad_class, ${ACTOR_KEY} AS source, ${RECIPIENT_KEY} AS target`);
  return (await db.query<Dyad>(`WITH matched AS (${matched})
SELECT source, target, count(*)::int AS events,
  count(*) FILTER (WHERE quad_class = 1)::int AS verbal_cooperation,
  count(*) FILTER (WHERE quad_class = 2)::int AS material_cooperation,
  count(*) FILTER (WHERE quad_class = 3)::int AS verbal_conflict,
  count(*) FILTER (WHERE quad_class = 4)::int AS material_conflict
FROM matched WHERE source IS NOT NULL AND target IS NOT NULL
GROUP BY source, target ORDER BY events DESC, source, target ${limit === null ? '' : `LIMIT ${limit}`}`, params.values)).rows;
}

const PERIOD: Record<TimelineInterval, string> = {
  day: 'date_start',
  // date_trunc('week') starts weeks on Monday, as the timeline does.
  week: `to_char(date_trunc('week', date_start::date), 'YYYY-MM-DD') COLLATE "C"`,
  month: `substr(date_start, 1, 7) || '-01'`,
};

// A date's length gives its granularity: 2018, 2018-09, 2018-09-14 (a time of day may follow).
const FINE_ENOUGH: Record<TimelineInterval, string> = {
  day: 'length(date) >= 10',
  week: 'length(date) >= 10',
  month: 'length(date) >= 7',
};

const GROUP: Record<TimelineGroup, string> = {
  quad_class: 'quad_class::text',
  plover: 'plover_type',
};

export async function timelineSummary(
  db: pg.Pool, f: NormalizedEventFilter, interval: TimelineInterval, group: TimelineGroup,
): Promise<Timeline> {
  const fine = FINE_ENOUGH[interval];
  const bucketParams = new SqlParams();
  const buckets = (await db.query<TimelineBucket>(`WITH matched AS (${matchedEvents(f, bucketParams, 'm.date, m.date_start, m.quad_class, m.plover_type')})
SELECT ${PERIOD[interval]} AS period, ${GROUP[group]} COLLATE "C" AS "group", count(*)::int AS events
FROM matched WHERE date_start IS NOT NULL AND ${fine}
GROUP BY 1, 2 ORDER BY 1, 2`, bucketParams.values)).rows;
  const restParams = new SqlParams();
  const rest = (await db.query<{ coarser: number; undated: number }>(`WITH matched AS (${matchedEvents(f, restParams, 'm.date, m.date_start')})
SELECT count(*) FILTER (WHERE date_start IS NOT NULL AND NOT (${fine}))::int AS coarser,
  count(*) FILTER (WHERE date_start IS NULL)::int AS undated FROM matched`, restParams.values)).rows[0];
  return { interval, group, buckets, coarser: rest?.coarser ?? 0, undated: rest?.undated ?? 0 };
}
