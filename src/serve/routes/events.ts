// Events: a filtered, cursor-paged list; one event with its mentions and their articles;
// and the filtered list exported in any of the CLI's formats.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Article, EventRecord } from '../../contract.js';
import { getFormat, type ExportArticle } from '../../export/index.js';
import type { Store } from '../../store/store.js';
import type { ServeContext } from '../context.js';
import { errorBody } from '../errors.js';
import { EventDetailSchema, EventsPageSchema, EventsQuery, ExportQuery } from '../schemas.js';
import { selectionFromQuery } from '../selection.js';
import { failure, json } from './json.js';

const listEvents = createRoute({
  method: 'get',
  path: '/api/events',
  summary: 'Event mentions matching the filters, in date order, one page at a time',
  request: { query: EventsQuery },
  responses: { 200: json(EventsPageSchema, 'A page of events'), 400: failure('An invalid filter or cursor') },
});

const getEvent = createRoute({
  method: 'get',
  path: '/api/events/{id}',
  summary: 'One event with every mention, its evidence, date, attribution and source article',
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: { 200: json(EventDetailSchema, 'The event'), 404: failure('No event has this id') },
});

const exportEvents = createRoute({
  method: 'get',
  path: '/api/export',
  summary: 'Every event matching the filters, as a file in one of the export formats',
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
    const events = await store.events({ ...selection, after: query.cursor, limit: query.limit + 1 });
    const page = events.slice(0, query.limit);
    const nextCursor = events.length > query.limit ? page[page.length - 1].id : null;
    return c.json({ events: page, next_cursor: nextCursor, total: await store.countEvents(selection) }, 200);
  });

  app.openapi(getEvent, async (c) => {
    const { id } = c.req.valid('param');
    const mentions = await store.eventMentions(id);
    if (mentions.length === 0) return c.json(errorBody(404, `no event with id '${id}'`), 404);
    const articles = await articlesOf(store, mentions);
    const representative = mentions[0];
    const root = context.ontology().describe(representative.cameo);
    const mentionArticles = mentions.map((mention) => articles.get(mention.article_id) ?? null);
    const outlets = new Set(mentionArticles.map((article) => article?.outlet).filter((outlet) => outlet));
    const published = mentionArticles.map((article) => article?.published).filter((date): date is string => Boolean(date)).sort();
    return c.json({
      ...representative,
      cameo_root: root.rootCode,
      cameo_root_name: root.rootName,
      mentions: mentions.map((mention, i) => ({ ...mention, article: summary(mentionArticles[i]) })),
      num_mentions: mentions.length,
      num_articles: new Set(mentions.map((mention) => mention.article_id)).size,
      num_sources: outlets.size,
      first_reported: published[0] ?? null,
    }, 200);
  });

  app.openapi(exportEvents, async (c) => {
    const query = c.req.valid('query');
    const format = getFormat(query.format);
    const events = await store.events(selectionFromQuery(query));
    const articles = await articlesOf(store, events);
    const chunks = format.write(events, { articles: new Map<string, ExportArticle>(articles) });
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(new TextEncoder().encode(next.value));
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

function summary(article: Article | null) {
  if (article === null) return null;
  const { text: _text, ...rest } = article;
  return rest;
}
