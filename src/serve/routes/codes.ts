// The coding scheme (src/ontology/coding-scheme.ts) for the web UI's codes page.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { codingScheme } from '../../ontology/coding-scheme.js';
import type { ServeContext } from '../context.js';
import { CodesSchema } from '../schemas.js';
import { json } from './json.js';

const codes = createRoute({
  method: 'get',
  path: '/api/codes',
  summary: 'Every CAMEO code with its name, QuadClass, Goldstein score, PLOVER type, mode and context, and the patterns that produce it',
  responses: { 200: json(CodesSchema, 'The coding scheme') },
});

export function registerCodeRoutes(app: OpenAPIHono, context: ServeContext): void {
  app.openapi(codes, (c) => {
    const lexicons = context.lexicons();
    return c.json({ codes: codingScheme(lexicons.codes, lexicons.eventPatterns) }, 200);
  });
}
