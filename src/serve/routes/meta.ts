// What a client needs to draw its filters: counts and the values each filter accepts.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { EVENT_STATUSES, SECTORS } from '../../contract.js';
import { formatNames } from '../../export/index.js';
import { PLOVER_TYPES } from '../../ontology/ontology.js';
import type { ServeContext } from '../context.js';
import { MetaSchema } from '../schemas.js';
import { json } from './json.js';

const meta = createRoute({
  method: 'get',
  path: '/api/meta',
  summary: 'Database counts (articles, consolidated events, event mentions, actors) and the values the filters accept',
  responses: { 200: json(MetaSchema, 'Counts and choices') },
});

export function registerMetaRoutes(app: OpenAPIHono, { store, token }: ServeContext): void {
  app.openapi(meta, async (c) => {
    const counts = await store.counts();
    return c.json({
      articles: counts.articles,
      events: await store.countEvents({ headsOnly: true }),
      mentions: counts.events,
      actors: counts.actors,
      plover_types: [...PLOVER_TYPES],
      statuses: [...EVENT_STATUSES],
      sectors: [...SECTORS],
      formats: [...formatNames],
      token_required: token !== null,
    }, 200);
  });
}
