// The web UI's static files (HTML, CSS) go next to its compiled scripts in dist/serve/ui/;
// tsc compiles src/serve/ui/*.ts but copies nothing else. Run by `npm run build`.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'src', 'serve', 'ui');
const to = path.join(root, 'dist', 'serve', 'ui');
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) {
  if (/\.(html|css|svg)$/.test(name)) copyFileSync(path.join(from, name), path.join(to, name));
}
