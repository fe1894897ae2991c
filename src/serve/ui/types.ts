// The API's response shapes, taken from the server's own schemas (type-only: nothing of the
// server is loaded in the browser).
import type { z } from '@hono/zod-openapi';
import type { ArticleDetailSchema, EventDetailSchema, MetaSchema } from '../schemas.js';

export type EventDetail = z.infer<typeof EventDetailSchema>;
export type Mention = EventDetail['mentions'][number];
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>;
export type Meta = z.infer<typeof MetaSchema>;
