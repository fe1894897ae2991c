#!/usr/bin/env node
// node scripts/sample-events.mjs <bbc dir> [--seed 14] [--n 50] [--out FILE]: a fixed-seed sample of
// the events `annalist extract` finds in a folder of news texts with one subfolder per category
// (the BBC set: business, entertainment, politics, sport, tech), printed for a person to judge.
// The same data, code and seed give the same sample, so a change can be judged on the sample
// drawn before it and on the one drawn after.
//
// Stratified: events are dealt one per category in turn (politics, then business, then the others
// alphabetically) until n are drawn, so each category gets an equal share, the first in that order
// get the remainder, and a category that runs out of events leaves its turns to the others. Within
// a category, events are drawn without replacement (a partial Fisher-Yates shuffle driven by
// mulberry32, seeded once per run, categories visited in that same turn order).
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const FIRST_CATEGORIES = ['politics', 'business'];

/** mulberry32 (Tommy Ettinger): a 32-bit state, enough for drawing a sample reproducibly. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fail(message, code) {
  process.stderr.write(`sample-events: ${message}\n`);
  process.exit(code);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: 'string', default: '14' }, n: { type: 'string', default: '50' }, out: { type: 'string' } },
});
const seed = Number(values.seed);
const n = Number(values.n);
if (positionals.length !== 1 || !Number.isInteger(seed) || !Number.isInteger(n) || n < 1) {
  fail('usage: node scripts/sample-events.mjs <bbc dir> [--seed 14] [--n 50] [--out FILE]', 2);
}
const dataDir = path.resolve(positionals[0]);
if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
  fail(`no data folder at ${dataDir} (give the BBC folder, e.g. ../shared/data/bbc, as the first argument)`, 3);
}
const categories = readdirSync(dataDir).filter((name) => statSync(path.join(dataDir, name)).isDirectory()).sort();
if (categories.length === 0) fail(`${dataDir} has no category subfolders (business/, politics/ …)`, 3);

/** Every event annalist finds in one category, in an order that does not depend on the file walk. */
function extractCategory(category) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'annalist'), 'extract', '--quiet', path.join(dataDir, category)], {
    encoding: 'utf8', maxBuffer: 1 << 30,
  });
  if (result.status !== 0) fail(`annalist extract failed on ${category}/ (exit ${result.status}):\n${result.stderr}`, 1);
  const key = (e) => `${e.article_id} ${String(e.evidence.start).padStart(9, '0')} ${String(e.trigger.start).padStart(9, '0')} ${e.id}`;
  return result.stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function draw() {
  const random = mulberry32(seed);
  const pools = new Map(categories.map((category) => [category, extractCategory(category)]));
  const turnOrder = [...FIRST_CATEGORIES.filter((c) => pools.has(c)), ...categories.filter((c) => !FIRST_CATEGORIES.includes(c))];
  const shares = new Map(categories.map((category) => [category, 0]));
  for (let dealt = 0; dealt < n;) {
    const open = turnOrder.filter((category) => shares.get(category) < pools.get(category).length);
    if (open.length === 0) break;
    for (const category of open.slice(0, n - dealt)) {
      shares.set(category, shares.get(category) + 1);
      dealt++;
    }
  }
  return turnOrder.flatMap((category) => {
    const pool = pools.get(category);
    const drawn = [];
    for (let i = 0; i < shares.get(category); i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
      drawn.push({ category, event: pool[i] });
    }
    return drawn;
  });
}

/** The file an event came from: the one whose text holds its evidence at its offsets. */
const textsByCategory = new Map();
function fileOf(category, event) {
  if (!textsByCategory.has(category)) {
    const dir = path.join(dataDir, category);
    textsByCategory.set(category, readdirSync(dir).sort().map((name) => ({ name, text: decode(readFileSync(path.join(dir, name))) })));
  }
  const found = textsByCategory.get(category).find(({ text }) => text.slice(event.evidence.start, event.evidence.end) === event.evidence.text);
  return found ? `${category}/${found.name}` : `${category}/(file not found)`;
}

/** As annalist reads a file: UTF-8, or Latin-1 when it is not valid UTF-8 (one BBC file is). */
function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function party(actor) {
  if (actor === null) return '—';
  const field = (value) => value ?? '-';
  return `"${actor.text}" (name ${field(actor.name)}, country ${field(actor.country)}, sector ${field(actor.sector)}, code ${field(actor.code)})`;
}

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

const sample = draw();
const counts = categories.map((category) => `${category} ${sample.filter((s) => s.category === category).length}`).join(', ');
const lines = [`# ${sample.length} events from ${dataDir}, seed ${seed} (${counts})`, ''];
sample.forEach(({ category, event }, index) => {
  lines.push(
    `## ${index + 1}. ${fileOf(category, event)}`,
    `sentence:  ${oneLine(event.evidence.text)}`,
    `trigger:   "${event.trigger.text}"`,
    `code:      ${event.cameo} ${event.cameo_name}   rule ${event.rule}`,
    `actor:     ${party(event.actor)}`,
    `recipient: ${party(event.recipient)}`,
    `status:    ${event.status}   date ${event.date ?? '-'} (${event.date_source})`,
    '',
  );
});
const output = lines.join('\n');
if (values.out) writeFileSync(values.out, output);
else process.stdout.write(output);
