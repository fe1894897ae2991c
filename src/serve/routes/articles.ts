// Articles: one article with its events' evidence marked, and ingestion of new ones, after
// which the consolidated events are brought up to date.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { consolidateStore } from '../../consolidate/consolidate-store.js';
import type { ServeContext } from '../context.js';
import { errorBody } from '../errors.js';
import { evidenceSegments } from '../evidence-segments.js';
import { ingestArticles } from '../ingest-articles.js';
import { RETRY_AFTER_SECONDS } from '../extraction.js';
import { ArticleDetailSchema, IngestBody, IngestResultSchema } from '../schemas.js';
import { failure, json } from './json.js';

const getArticle = createRoute({
  method: 'get',
  path: '/api/articles/{id}',
  summary: 'One article, its events, and its text cut into segments marking each event\'s evidence and trigger',
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: { 200: json(ArticleDetailSchema, 'The article'), 404: failure('No article has this id') },
});

const postArticles = createRoute({
  method: 'post',
  path: '/api/articles',
  summary: 'Code and store articles given in the input format (one object or an array), then update the consolidated events',
  description: 'Each new article\'s event mentions join the events other articles report, or found new ones, '
    + 'before the response is sent: the events endpoints show them at once.',
  security: [{ bearer: [] }],
  request: { body: { content: { 'application/json': { schema: IngestBody } }, required: true } },
  responses: {
    200: json(IngestResultSchema, 'What happened to each article: ingested, duplicate, or skipped with the reason'),
    400: failure('Invalid JSON or an invalid field, named'),
    401: failure('A token is required and was missing or wrong'),
    413: failure('The request body is larger than the server accepts'),
    415: failure('The body is not application/json'),
    503: failure(`The extraction queue is full: retry after the seconds in Retry-After (${RETRY_AFTER_SECONDS})`),
  },
});

export function registerArticleRoutes(app: OpenAPIHono, context: ServeContext): void {
  const { store } = context;

  app.openapi(getArticle, async (c) => {
    const { id } = c.req.valid('param');
    const article = await store.getArticle(id);
    if (!article) return c.json(errorBody(404, `no article with id '${id}'`), 404);
    const events = await store.events({ article: id });
    return c.json({ article, events, segments: evidenceSegments(article.text, events) }, 200);
  });

  app.openapi(postArticles, async (c) => {
    const inputs = c.req.valid('json');
    const { extraction } = context;
    if (!extraction.admit(inputs.length)) {
      return c.json(errorBody(503, `the extraction queue is full (${context.queueDepth} articles); retry in ${RETRY_AFTER_SECONDS} s`), 503,
        { 'Retry-After': String(RETRY_AFTER_SECONDS) });
    }
    let report;
    try {
      report = await ingestArticles(inputs, extraction, store, context.maxArticleBytes);
    } finally {
      extraction.release(inputs.length);
    }
    const consolidation = report.ingested > 0 ? await consolidateStore(store, context.lexicons()) : null;
    return c.json({ ...report, consolidation }, 200);
  });
}
