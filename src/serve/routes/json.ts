// Response declarations shared by the route files.
import type { z } from '@hono/zod-openapi';
import { ErrorSchema } from '../schemas.js';

export const json = <T extends z.ZodType>(schema: T, description: string) =>
  ({ content: { 'application/json': { schema } }, description });

export const failure = (description: string) => json(ErrorSchema, description);
