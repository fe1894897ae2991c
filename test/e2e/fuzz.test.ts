// Fuzzing extraction with a fixed seed and a bounded count: random bytes, random Unicode, and
// the bundled example articles mutated (cut, repeated, spliced with odd characters, broken
// mid-character), as files of every kind annalist reads. Whatever comes in, the batch never
// aborts, every input is accounted for, and every offset slices the article's text to the
// evidence and trigger the event reports.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processArticles } from '../../src/cli/process-articles.js';
import { buildCli, repoRoot, runCli, show } from '../helpers/cli.js';

const SEED = 20261207;
const INPUTS_PER_KIND = 16;

/** A small seeded generator (mulberry32): the same inputs on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(SEED);
const int = (below: number) => Math.floor(next() * below);
const pick = <T>(items: readonly T[]) => items[int(items.length)];

// Characters that have broken text tools before: controls, NUL, BOM, zero-width and bidi
// marks, NBSP, line and paragraph separators, combining marks, quotes, a lone surrogate,
// emoji with modifiers, CJK and Arabic.
const ODD = ['\u0000', '\u0007', '\u001b[31m', '\ufeff', '\u200b', '\u200d', '\u202e', '\u00a0', '\u2028', '\u2029', '\u0301', '\u0308\u0308',
  '“', '”', '‘', '’', '"', "'", '\ud800', '👩🏽‍⚖️', '🇺🇦', '北京', 'العربية', '\r', '\r\n', '\n\n', '\t', '—', '…', 'Ⅻ', '\\', '<', '>', '&amp;', '{', '}'];

function randomUnicode(length: number): string {
  let text = '';
  while (text.length < length) {
    const roll = next();
    if (roll < 0.3) text += pick(ODD);
    else if (roll < 0.6) text += String.fromCodePoint(0x20 + int(0x2fff));
    else text += pick(['Russia', ' accused ', 'Ukraine', ' of ', 'attacking', ' said', ' on Monday', '. ', 'Mr ', 'Putin', ' met ', 'the ', 'president']);
  }
  return text;
}

function mutate(text: string): string {
  let result = text;
  const steps = 1 + int(6);
  for (let i = 0; i < steps; i++) {
    const at = int(result.length + 1);
    const span = int(200);
    switch (int(6)) {
      case 0: result = result.slice(0, at) + result.slice(at + span); break;
      case 1: result = result.slice(0, at) + result.slice(at, at + span).repeat(1 + int(4)) + result.slice(at); break;
      case 2: result = result.slice(0, at) + randomUnicode(1 + int(40)) + result.slice(at); break;
      case 3: result = result.slice(0, at) + result.slice(at, at + span).toUpperCase() + result.slice(at + span); break;
      case 4: result = result.slice(0, at); break;
      default: result = result.slice(0, at) + pick(ODD).repeat(1 + int(20)) + result.slice(at);
    }
  }
  return result;
}

/** UTF-8 bytes of `text`, sometimes cut in the middle of a character. */
function bytesOf(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return next() < 0.2 && bytes.length > 2 ? bytes.subarray(0, bytes.length - 1 - int(2)) : bytes;
}

let work: string;
let inputs: string;
let files: string[];

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-fuzz-'));
  inputs = path.join(work, 'inputs');
  mkdirSync(inputs);
  const examples = readdirSync(path.join(repoRoot, 'examples')).filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(repoRoot, 'examples', name), 'utf8'));
  const write = (name: string, content: string | Buffer) => writeFileSync(path.join(inputs, name), content);
  for (let i = 0; i < INPUTS_PER_KIND; i++) {
    write(`bytes-${i}.txt`, Buffer.from(Array.from({ length: int(3000) }, () => int(256))));
    write(`unicode-${i}.txt`, bytesOf(randomUnicode(int(3000))));
    write(`mutated-${i}.txt`, bytesOf(mutate(pick(examples))));
    write(`mutated-${i}.html`, bytesOf(`<html><head><title>${randomUnicode(20)}</title></head><body><p>${mutate(pick(examples)).replaceAll('\n\n', '</p><p>')}</p></body></html>`));
    // JSONL: good lines, mutated texts, and lines broken as JSON.
    write(`mutated-${i}.jsonl`, [
      JSON.stringify({ title: randomUnicode(10), text: mutate(pick(examples)), published: pick(['2024-05-01', 'yesterday', '', '2024-13-45']) }),
      mutate(JSON.stringify({ text: pick(examples) })),
      JSON.stringify({ text: randomUnicode(500) }),
    ].join(pick(['\n', '\r\n', '\n\n'])));
  }
  files = readdirSync(inputs).sort();
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fuzzing extraction', () => {
  it('accounts for every input and slices every offset to its evidence', async () => {
    let events = 0;
    const problems: string[] = [];
    const summary = await processArticles([inputs], { quiet: true, published: '2024-05-01' }, ({ article, events: found }) => {
      for (const event of found) {
        events++;
        for (const span of [event.evidence, event.trigger, ...event.other_evidence]) {
          if (article.text.slice(span.start, span.end) !== span.text) problems.push(`${article.source}: [${span.start}, ${span.end}) is not ${JSON.stringify(span.text)}`);
        }
      }
    }, () => false);
    expect(problems).toEqual([]);
    // Every file once, and every JSONL line: each file is an article, a duplicate or a skip, and a JSONL file one per line.
    const accounted = summary.ingested + summary.duplicates + summary.skipped.length;
    const jsonlLines = files.filter((name) => name.endsWith('.jsonl'))
      .reduce((sum, name) => sum + readFileSync(path.join(inputs, name), 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '').length, 0);
    expect(accounted).toBe(files.length - files.filter((name) => name.endsWith('.jsonl')).length + jsonlLines);
    expect(summary.ingested).toBeGreaterThan(INPUTS_PER_KIND);
    expect(events).toBeGreaterThan(INPUTS_PER_KIND);
  }, 120_000);

  it('gets `annalist extract` through the whole batch, with one summary line per skip', () => {
    const result = runCli(['extract', inputs, '--published', '2024-05-01'], work);
    expect(result.code, show(result)).toBe(0);
    const [counts, ...lines] = result.stderr.trimEnd().split('\n');
    const skipped = Number(/(\d+) skipped/.exec(counts)?.[1]);
    expect(lines.filter((line) => line.startsWith('  skipped '))).toHaveLength(skipped);
    for (const line of result.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  }, 120_000);
});
