// Events: a filtered, cursor-paged list of consolidated events (or of event mentions with
// view=mentions); one event with its mentions and their articles; and the filtered list
// exported in any of the CLI's formats.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Article, EventRecord } from '../../contract.js';
import { getFormat } from '../../export/index.js';
import { exportArticles } from '../../export/export-articles.js';
import type { Store } from '../../store/store.js';
import type { ServeContext } from '../context.js';
import { errorBody } from '../errors.js';
import { eventDetail } from '../event-detail.js';
import { EventDetailSchema, EventsPageSchema, EventsQuery, ExportQuery } from '../schemas.js';
import { selectionFromQuery } from '../selection.js';
import { failure, json } from './json.js';

const listEvents = createRoute({
  method: 'get',
  path: '/api/events',
  summary: 'Consolidated events (or, with view=mentions, event mentions) matching the filters, in date order, one page at a time',
  request: { query: EventsQuery },
  responses: { 200: json(EventsPageSchema, 'A page of events'), 400: failure('An invalid filter or cursor') },
});

const getEvent = createRoute({
  method: 'get',
  path: '/api/events/{id}',
  summary: 'One event with every mention, its evidence, date, attribution and source article',
  description: 'The id of a consolidated event gives the event with all its mentions, earliest report first; '
    + 'the id of an event mention (view=mentions) gives that mention alone, in the same shape.',
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: { 200: json(EventDetailSchema, 'The event'), 404: failure('No event has this id') },
});

const exportEvents = createRoute({
  method: 'get',
  path: '/api/export',
  summary: 'Every event (or, with view=mentions, event mention) matching the filters, as a file in one of the export formats',
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'The export, as an attachment (CSV, JSONL, GDELT-shaped TSV or PLOVER JSONL)',
      content: { 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: z.string() }, 'text/tab-separated-values': { schema: z.string() } },
    },
    400: failure('An invalid filter or format'),
  },
});

export function registerEventRoutes(app: OpenAPIHono, context: ServeContext): void {
  const { store } = context;

  app.openapi(listEvents, async (c) => {
    const query = c.req.valid('query');
    const selection = selectionFromQuery(query);
    // One extra row tells whether another page follows.
    const filter = { ...selection, after: query.cursor, limit: query.limit + 1 };
    const events = query.view === 'events' ? await store.consolidatedEvents(filter) : await store.events(filter);
    const page = events.slice(0, query.limit);
    const nextCursor = events.length > query.limit ? page[page.length - 1].id : null;
    return c.json({ events: page, next_cursor: nextCursor, total: await store.countEvents(selection) }, 200);
  });

  app.openapi(getEvent, async (c) => {
    const { id } = c.req.valid('param');
    const mentions = await store.eventMentions(id);
    if (mentions.length === 0) return c.json(errorBody(404, `no event with id '${id}'`), 404);
    const [event, articles] = await Promise.all([store.consolidatedEvent(id), articlesOf(store, mentions)]);
    return c.json(eventDetail(event, mentions, articles, context.lexicons().codes), 200);
  });

  app.openapi(exportEvents, async (c) => {
    const query = c.req.valid('query');
    const format = getFormat(query.format);
    const selection = selectionFromQuery(query);
    const events = query.view === 'events' ? await store.consolidatedEvents(selection) : await store.events(selection);
    const chunks = format.write(events, { articles: await exportArticles(store, events, format), header: query.header === 'true' });
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(typeof next.value === 'string' ? new TextEncoder().encode(next.value) : next.value);
      },
    });
    return new Response(body, {
      headers: {
        'content-type': `${format.mediaType}; charset=utf-8`,
        'content-disposition': `attachment; filename="annalist-events.${format.extension}"`,
      },
    });
  });
}

async function articlesOf(store: Store, events: EventRecord[]): Promise<Map<string, Article>> {
  const articles = new Map<string, Article>();
  for (const id of new Set(events.map((event) => event.article_id))) {
    const article = await store.getArticle(id);
    if (article) articles.set(id, article);
  }
  return articles;
}
