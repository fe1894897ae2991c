// Actors (with aliases and codings over time), one actor with its lexicon roles, and dyads.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServeContext } from '../context.js';
import { errorBody } from '../errors.js';
import { ActorDetailSchema, ActorsQuery, ActorSummarySchema, DyadSchema } from '../schemas.js';
import { selectionFromQuery } from '../selection.js';
import { failure, json } from './json.js';

const listActors = createRoute({
  method: 'get',
  path: '/api/actors',
  summary: 'Actors of the matching events, most events first, with aliases and codings over time',
  request: { query: ActorsQuery },
  responses: { 200: json(z.object({ actors: z.array(ActorSummarySchema) }), 'Actors'), 400: failure('An invalid filter') },
});

const getActor = createRoute({
  method: 'get',
  path: '/api/actors/{key}',
  summary: 'One actor by key, with the dated roles the people lexicon gives it',
  request: { params: z.object({ key: z.string().min(1).max(500) }) },
  responses: { 200: json(ActorDetailSchema, 'The actor'), 404: failure('No stored event names this actor') },
});

const listDyads = createRoute({
  method: 'get',
  path: '/api/dyads',
  summary: 'Actor → recipient pairs of the matching events, counted by QuadClass',
  request: { query: ActorsQuery },
  responses: { 200: json(z.object({ dyads: z.array(DyadSchema) }), 'Dyads'), 400: failure('An invalid filter') },
});

export function registerActorRoutes(app: OpenAPIHono, context: ServeContext): void {
  const { store } = context;

  app.openapi(listActors, async (c) => {
    const query = c.req.valid('query');
    return c.json({ actors: await store.actors(selectionFromQuery(query), query.limit) }, 200);
  });

  app.openapi(getActor, async (c) => {
    const { key } = c.req.valid('param');
    // The actor's own events name it on one side; the summary of those events lists its partners too.
    const actor = (await store.actors({ actorKey: key })).find((candidate) => candidate.key === key);
    if (!actor) return c.json(errorBody(404, `no stored event names the actor '${key}'`), 404);
    const person = actor.name === null ? undefined : context.lexicons().actors.people.get(actor.name);
    const lexiconRoles = (person?.periods ?? []).map(({ role, country, sector, start, end }) => ({ role, country, sector, start, end }));
    return c.json({ ...actor, lexicon_roles: lexiconRoles }, 200);
  });

  app.openapi(listDyads, async (c) => {
    const query = c.req.valid('query');
    return c.json({ dyads: await store.dyads(selectionFromQuery(query), query.limit) }, 200);
  });
}
