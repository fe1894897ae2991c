#!/usr/bin/env node
// npm run check:determinism -- <corpus dir> [--seed N]: extracts every file of the corpus three
// times, each in a fresh process, forwards, backwards and in a seeded shuffle, and checks that
// the sorted mentions are byte-identical: an article's events must not depend on what the
// process read before it. Prints each order's line count and SHA-256; exits 1 on a difference.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 17;
const corpus = args[0] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]) : null;
if (!corpus || !existsSync(corpus) || !statSync(corpus).isDirectory()) {
  process.stderr.write(`check-determinism: ${corpus ? `no folder ${corpus}` : 'give a corpus folder'}; usage: npm run check:determinism -- <corpus dir> [--seed N]\n`);
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  process.stderr.write('check-determinism: not built yet; run `npm run build` first\n');
  process.exit(2);
}

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files.push(full);
  }
};
walk(corpus);

/** A seeded permutation (a linear congruential generator), the same for the same seed. */
function shuffled(items) {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

const orders = { forwards: files, backwards: [...files].reverse(), [`shuffled (seed ${seed})`]: shuffled(files) };
const digests = new Set();
for (const [name, order] of Object.entries(orders)) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'annalist'), 'extract', '--quiet', ...order], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) {
    process.stderr.write(`check-determinism: annalist extract failed (${name}):\n${run.stderr}`);
    process.exit(2);
  }
  const sorted = run.stdout.split('\n').filter(Boolean).sort();
  const digest = createHash('sha256').update(sorted.join('\n')).digest('hex');
  digests.add(digest);
  process.stdout.write(`${name}: ${files.length} files, ${sorted.length} mentions, sha256 ${digest}\n`);
}
process.stdout.write(digests.size === 1 ? 'identical\n' : 'DIFFERENT: an article\'s mentions depend on the order of the inputs\n');
process.exit(digests.size === 1 ? 0 : 1);
