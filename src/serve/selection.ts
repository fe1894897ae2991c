// Query parameters (snake_case, as the API names them) to the Store's EventSelection. The
// events view selects by the mention that speaks for each consolidated event, so that lists,
// counts and summaries count events, not reports.
import type { z } from '@hono/zod-openapi';
import type { EventSelection } from '../store/store.js';
import type { SelectionQuery } from './schemas.js';

export function selectionFromQuery(query: z.infer<typeof SelectionQuery>): EventSelection {
  return {
    actor: query.actor,
    actorKey: query.actor_key,
    country: query.country,
    sector: query.sector,
    code: query.code,
    plover: query.plover,
    quadClass: query.quad_class as EventSelection['quadClass'],
    status: query.status,
    text: query.q,
    article: query.article,
    since: query.since,
    until: query.until,
    headsOnly: query.view === 'events',
  };
}
