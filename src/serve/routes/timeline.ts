// Timeline: matching events counted per day, week or month, by QuadClass or PLOVER type.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServeContext } from '../context.js';
import { TimelineQuery, TimelineSchema } from '../schemas.js';
import { selectionFromQuery } from '../selection.js';
import { failure, json } from './json.js';

const timeline = createRoute({
  method: 'get',
  path: '/api/timeline',
  summary: 'Events per period and group; coarser-dated and undated events counted apart',
  request: { query: TimelineQuery },
  responses: { 200: json(TimelineSchema, 'The timeline'), 400: failure('An invalid filter') },
});

export function registerTimelineRoutes(app: OpenAPIHono, { store }: ServeContext): void {
  app.openapi(timeline, async (c) => {
    const query = c.req.valid('query');
    return c.json(await store.timeline(selectionFromQuery(query), query.interval, query.by), 200);
  });
}
