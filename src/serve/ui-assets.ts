// The web UI's files: src/serve/ui/ compiled and copied into dist/serve/ui/ by `npm run build`.
// Only plain file names are served, so a request can never reach outside the folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';

/** dist/serve/ui beside this module once built; src/serve/ui under vitest holds no compiled scripts. */
export const DEFAULT_UI_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ui');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

const ASSET_NAME = /^[a-z0-9][a-z0-9-]*\.(js|css|svg|js\.map)$/;

export function registerUi(app: OpenAPIHono, uiDir: string): void {
  const send = async (name: string) => {
    try {
      const body = await readFile(path.join(uiDir, name));
      return new Response(body, { headers: { 'content-type': TYPES[path.extname(name)], 'cache-control': 'no-cache' } });
    } catch {
      return null;
    }
  };
  app.get('/', async (c) => (await send('index.html')) ?? c.text('The web UI is not built; run `npm run build`.', 404));
  // Browsers ask for /favicon.ico whatever the page links to.
  app.get('/favicon.ico', async (c) => (await send('favicon.svg')) ?? c.body(null, 204));
  app.get('/ui/:name', async (c) => {
    const name = c.req.param('name');
    const response = ASSET_NAME.test(name) ? await send(name) : null;
    return response ?? c.text('not found', 404);
  });
}
