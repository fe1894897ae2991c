// The HTTP API and the web UI in one Hono app. Reads are open; every write needs the bearer
// token when one is set; bodies are capped; every failure is JSON naming what went wrong.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { loadLexicons } from '../lexicons.js';
import type { Store } from '../store/store.js';
import { once, type ServeContext } from './context.js';
import { errorBody, handleError, validationIssues } from './errors.js';
import { registerActorRoutes } from './routes/actors.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerCodeRoutes } from './routes/codes.js';
import { registerEventRoutes } from './routes/events.js';
import { registerMetaRoutes } from './routes/meta.js';
import { registerTimelineRoutes } from './routes/timeline.js';
import { DEFAULT_UI_DIR, registerUi } from './ui-assets.js';
import { DEFAULT_QUEUE_DEPTH, inlineExtraction, threadedExtraction } from './extraction.js';
import { maxArticleBytes } from '../ingest/article-size.js';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** Bearer token every write must carry; writes are open without one. */
  token?: string | null;
  maxBodyBytes?: number;
  /** Extra lexicon folders or files for ingestion (`--lexicon`). */
  lexicons?: string[];
  /** Folder of the built web UI (index.html, scripts, styles). */
  uiDir?: string;
  /**
   * Extraction threads for posted articles (`annalist serve` gives at least one); without,
   * articles are coded on the thread that answers requests, as suits an embedding program or a test.
   */
  extractThreads?: number;
  /** Articles that may be extracting or waiting at once before a POST gets 503 (default 64). */
  queueDepth?: number;
  /** Longest article text accepted, in bytes of UTF-8 (default 1 MiB). */
  maxArticleBytes?: number;
}

/** The app, and `close` to stop its extraction threads when the server stops. */
export function createApp(options: AppOptions): OpenAPIHono & { close(): Promise<void> } {
  const lexicons = once(() => loadLexicons(options.lexicons ?? []));
  const queueDepth = options.queueDepth ?? DEFAULT_QUEUE_DEPTH;
  const context: ServeContext = {
    store: options.store,
    token: options.token || null,
    // Loading the pipeline takes seconds; a server that only reads never pays for it.
    extraction: options.extractThreads
      ? threadedExtraction(options.extractThreads, options.lexicons, queueDepth)
      : inlineExtraction(once(async () => (await import('../pipeline.js')).assembleAnnalist(lexicons())), queueDepth),
    queueDepth,
    maxArticleBytes: options.maxArticleBytes ?? maxArticleBytes(undefined),
    lexicons,
  };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const app = new OpenAPIHono({
    defaultHook: async (result, c) => {
      if (result.success) return;
      const bodyWasArray = result.target === 'json' && Array.isArray(await c.req.json().catch(() => null));
      const issues = validationIssues(result.target, result.error, bodyWasArray);
      const message = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
      return c.json(errorBody(400, message, issues), 400);
    },
  });

  app.use(secureHeaders({
    // Everything the UI needs comes from this server: no CDN, no inline script or style.
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
  }));
  if (context.token !== null) {
    const requireToken = bearerAuth({
      token: context.token,
      noAuthenticationHeader: { message: errorBody(401, 'this server needs a bearer token for writes: Authorization: Bearer <token>') },
      invalidAuthenticationHeader: { message: errorBody(400, 'the Authorization header must be "Bearer <token>"') },
      invalidToken: { message: errorBody(401, 'the bearer token is wrong') },
    });
    app.use('/api/*', async (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : requireToken(c, next)));
  }
  app.use('/api/*', bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => c.json(errorBody(413, `request body is larger than this server accepts (${maxBodyBytes} bytes)`), 413),
  }));

  registerMetaRoutes(app, context);
  registerEventRoutes(app, context);
  registerActorRoutes(app, context);
  registerTimelineRoutes(app, context);
  registerArticleRoutes(app, context);
  registerCodeRoutes(app, context);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'annalist',
      version: '0.1.0',
      description: 'Political event data coded from news articles: events with actors, dates, evidence and attribution. '
        + 'An event reported by many articles is one consolidated event with one mention per report: the endpoints that '
        + 'select events list and count consolidated events unless given view=mentions. '
        + 'Reads are open; writes need the bearer token when the server has one.',
    },
  });

  registerUi(app, options.uiDir ?? DEFAULT_UI_DIR);
  app.notFound((c) => c.json(errorBody(404, `no such endpoint: ${c.req.method} ${c.req.path}`), 404));
  app.onError(handleError);
  return Object.assign(app, { close: () => context.extraction.close() });
}

