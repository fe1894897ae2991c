// The CLI end to end: the built `bin/annalist` run as a process on files in a temp folder.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/contract.js';
import { articleId } from '../../src/ingest/article-id.js';
import { buildCli, repoRoot, runCli, show, type CliResult } from '../helpers/cli.js';

const PUBLISHED = '2024-03-14';

const articles = {
  'maduro-petro.txt': [
    'Maduro and Petro talk by phone',
    '',
    'Venezuelan President Nicolás Maduro spoke by phone with Colombian President Gustavo Petro on Tuesday, the two governments said.',
    '',
    'Venezuela accused Colombia of harbouring armed groups.',
    '',
  ].join('\n'),
  'sanctions.txt': [
    'U.S. sanctions Iran',
    '',
    'The United States imposed sanctions on Iran on Monday. Iran condemned the United States.',
    '',
  ].join('\n'),
};
// Written as Latin-1 bytes (é, á are single bytes 0xE9, 0xE1): not valid UTF-8.
const latin1Name = 'bogota-latin1.txt';
const latin1Text = 'Café diplomacy in Bogotá\n\nColombia praised Venezuela after the café talks in Bogotá. Venezuela accused Iran of meddling.\n';

let work: string;
let inputs: string;

/** The text of each good input by article id, as the CLI decodes it. */
const textById = new Map<string, string>();

function cli(...args: string[]): CliResult {
  return runCli(args, work);
}

function jsonLines(stdout: string): unknown[] {
  return stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
}

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-e2e-'));
  inputs = path.join(work, 'articles');
  mkdirSync(inputs);
  for (const [name, text] of Object.entries(articles)) {
    writeFileSync(path.join(inputs, name), text, 'utf8');
    textById.set(articleId(text), text);
  }
  writeFileSync(path.join(inputs, latin1Name), Buffer.from(latin1Text, 'latin1'));
  textById.set(articleId(latin1Text), latin1Text);
  writeFileSync(path.join(inputs, 'empty.txt'), '');
  // Deterministic "random" bytes with NULs: a binary file that landed in the folder.
  const binary = Buffer.alloc(512);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 193 + 7) % 256;
  binary[3] = 0;
  writeFileSync(path.join(inputs, 'noise.txt'), binary);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('annalist extract', () => {
  let result: CliResult;
  let records: EventRecord[];

  beforeAll(() => {
    result = cli('extract', inputs, '--published', PUBLISHED);
    records = jsonLines(result.stdout) as EventRecord[];
  });

  it('exits 0 and prints valid JSONL', () => {
    expect(result.code, show(result)).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(records.length, show(result)).toBeGreaterThan(0);
  });

  it('prints records with the contract fields', () => {
    const actorShape = (actor: unknown) => {
      if (actor === null) return;
      expect(actor).toEqual({
        text: expect.any(String),
        name: expect.toBeOneOf([null, expect.any(String)]),
        country: expect.toBeOneOf([null, expect.any(String)]),
        sector: expect.toBeOneOf([null, expect.any(String)]),
        code: expect.toBeOneOf([null, expect.any(String)]),
      });
    };
    for (const record of records) {
      expect(record).toMatchObject({
        id: expect.any(String),
        article_id: expect.any(String),
        cameo: expect.stringMatching(/^\d{2,4}$/),
        quad_class: expect.toBeOneOf([1, 2, 3, 4]),
        goldstein: expect.any(Number),
        plover: { type: expect.any(String), mode: expect.toBeOneOf([null, expect.any(String)]) },
        date_source: expect.toBeOneOf(['text', 'narrative', 'publication', 'none']),
        status: expect.toBeOneOf(['asserted', 'reported', 'negated', 'denied', 'hypothetical', 'future']),
        attribution: { speaker: expect.toBeOneOf([null, expect.any(String)]), outlets: expect.any(Array), cue: expect.toBeOneOf([null, expect.any(String)]) },
        evidence: { start: expect.any(Number), end: expect.any(Number), text: expect.any(String) },
        rule: expect.stringMatching(/^\d{2,4}\.[a-z0-9-]+\.v\d+$/),
      });
      expect(record).toHaveProperty('actor');
      expect(record).toHaveProperty('recipient');
      expect(record).toHaveProperty('date');
      actorShape(record.actor);
      actorShape(record.recipient);
      // With --published every event has a date, from the text or the publication.
      expect(record.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(record.rule.split('.')[0].slice(0, 2)).toBe(record.cameo.slice(0, 2));
    }
  });

  it('evidence and trigger offsets point into the input file text', () => {
    for (const record of records) {
      const text = textById.get(record.article_id);
      expect(text, `article ${record.article_id} is one of the inputs`).toBeDefined();
      expect(text!.slice(record.evidence.start, record.evidence.end)).toBe(record.evidence.text);
      expect(text!.slice(record.trigger.start, record.trigger.end)).toBe(record.trigger.text);
      expect(record.trigger.start).toBeGreaterThanOrEqual(record.evidence.start);
      expect(record.trigger.end).toBeLessThanOrEqual(record.evidence.end);
    }
  });

  it('finds events in each good article, the Latin-1 one included', () => {
    const byArticle = (text: string) => records.filter((r) => r.article_id === articleId(text));
    expect(byArticle(articles['maduro-petro.txt']).some((r) => r.cameo.startsWith('04')), show(result)).toBe(true);
    expect(byArticle(articles['sanctions.txt']).some((r) => r.cameo.startsWith('16')), show(result)).toBe(true);
    const latin = byArticle(latin1Text);
    expect(latin.length, show(result)).toBeGreaterThan(0);
    // The decoded text keeps its accents: offsets count characters, not bytes.
    expect(latin.some((r) => r.evidence.text.includes('Bogotá') || r.evidence.text.includes('café'))).toBe(true);
  });

  it('gives one id per event', () => {
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reports the empty and binary files as skipped with reasons, the others as ingested', () => {
    const { stderr } = result;
    expect(stderr).toMatch(/^3 ingested\b/m);
    expect(stderr).toMatch(/\b2 skipped\b/);
    expect(stderr).toMatch(/skipped .*empty\.txt: .*empty/);
    expect(stderr).toMatch(/skipped .*noise\.txt: .*binary/);
    expect(stderr).toMatch(new RegExp(`warning .*${latin1Name.replace('.', '\\.')}: .*Latin-1`));
    for (const name of [...Object.keys(articles), latin1Name]) expect(stderr).not.toMatch(new RegExp(`skipped .*${name.replace('.', '\\.')}`));
  });

  it('reads an article from stdin with `-`', () => {
    const text = 'Colombia attacked Venezuela on Monday.';
    const piped = runCli(['extract', '-', '--published', PUBLISHED], work, { input: text });
    expect(piped.code, show(piped)).toBe(0);
    const [record] = jsonLines(piped.stdout) as EventRecord[];
    expect(record?.article_id).toBe(articleId(text));
    expect(text.slice(record.evidence.start, record.evidence.end)).toBe(record.evidence.text);
    expect(piped.stderr).toMatch(/^1 ingested\b/m);
  });

  it('prints nothing on stderr with --quiet, and the same events', () => {
    const quiet = cli('extract', inputs, '--published', PUBLISHED, '--quiet');
    expect(quiet.code, show(quiet)).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(result.stdout);
  });
});

describe('annalist ingest and events', () => {
  let db: string;
  let first: CliResult;
  let second: CliResult;
  let stored: EventRecord[];

  beforeAll(() => {
    db = path.join(work, 'events.db');
    first = cli('ingest', inputs, '--db', db, '--published', PUBLISHED);
    stored = jsonLines(cli('events', '--db', db, '--format', 'jsonl').stdout) as EventRecord[];
    second = cli('ingest', inputs, '--db', db, '--published', PUBLISHED);
  });

  it('stores the articles and their events', () => {
    expect(first.code, show(first)).toBe(0);
    expect(first.stderr).toMatch(/^3 ingested, 0 duplicates\b/m);
    expect(stored.length).toBeGreaterThan(0);
    expect(first.stderr).toMatch(new RegExp(`now holds 3 articles, \\d+ event mentions, ${stored.length} events \\(`));
  });

  it('a second run reports duplicates and leaves the event count unchanged', () => {
    expect(second.code, show(second)).toBe(0);
    expect(second.stderr).toMatch(/^0 ingested, 3 duplicates\b/m);
    const again = jsonLines(cli('events', '--db', db, '--format', 'jsonl').stdout);
    expect(again).toHaveLength(stored.length);
  });

  it('exports CSV with a header row', () => {
    const result = cli('events', '--db', db, '--format', 'csv');
    expect(result.code, show(result)).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const header = lines[0].split(',');
    expect(header).toEqual(expect.arrayContaining(['id', 'article_id', 'cameo', 'date', 'status', 'rule']));
    // Our evidence sentences hold no line breaks, so one line per event.
    expect(lines).toHaveLength(stored.length + 1);
  });

  it('exports GDELT TSV as GDELT writes it: 61 columns, no header, integer ids, real days, the time of ingestion', () => {
    const result = cli('events', '--db', db, '--format', 'gdelt');
    expect(result.code, show(result)).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    // Not trimEnd: a row's trailing empty columns are tabs.
    const lines = result.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(stored.length);
    for (const cells of lines.map((line) => line.split('\t'))) {
      expect(cells).toHaveLength(61);
      expect(cells[0]).toMatch(/^\d+$/);
      expect(cells[1]).toMatch(/^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/);
      expect(cells[59]).toMatch(/^20\d{12}$/);
      expect(cells[60]).toContain('articles/');
    }
    const withHeader = cli('events', '--db', db, '--format', 'gdelt', '--header').stdout.split('\n');
    expect(withHeader[0].split('\t').slice(0, 3)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear']);
  });

  it('exports PLOVER JSONL, one object per event', () => {
    const result = cli('events', '--db', db, '--format', 'plover');
    expect(result.code, show(result)).toBe(0);
    const lines = jsonLines(result.stdout) as { id: string; event: unknown }[];
    expect(lines).toHaveLength(stored.length);
    expect(new Set(lines.map((l) => l.id))).toEqual(new Set(stored.map((r) => r.id)));
    for (const line of lines) expect(line).toHaveProperty('event');
  });

  it('--code 04 keeps only CAMEO 04 events', () => {
    const narrowed = jsonLines(cli('events', '--db', db, '--code', '04').stdout) as EventRecord[];
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(stored.length);
    for (const record of narrowed) expect(record.cameo.startsWith('04')).toBe(true);
    expect(narrowed).toHaveLength(stored.filter((r) => r.cameo.startsWith('04')).length);
  });

  it('--country VEN keeps only events with a Venezuelan actor or recipient', () => {
    const narrowed = jsonLines(cli('events', '--db', db, '--country', 'VEN').stdout) as EventRecord[];
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(stored.length);
    for (const record of narrowed) expect([record.actor?.country, record.recipient?.country]).toContain('VEN');
  });

  it('--limit and --since narrow the output', () => {
    expect(jsonLines(cli('events', '--db', db, '--limit', '1').stdout)).toHaveLength(1);
    const since = jsonLines(cli('events', '--db', db, '--since', '2024-03-12').stdout) as EventRecord[];
    expect(since.length).toBeLessThanOrEqual(stored.length);
    for (const record of since) expect(record.date! >= '2024-03-12').toBe(true);
  });

  it('a bad filter value exits 2 with one line', () => {
    for (const args of [['--since', 'notadate'], ['--limit', 'abc']]) {
      const result = cli('events', '--db', db, ...args);
      expect(result.code, show(result)).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('a bad --limit is quoted as typed', () => {
    expect(cli('events', '--db', db, '--limit', 'abc').stderr).toContain("'abc'");
  });

  it('filters combine, and a filter nothing matches gives empty output', () => {
    const both = jsonLines(cli('events', '--db', db, '--code', '04', '--country', 'IRN').stdout) as EventRecord[];
    for (const record of both) {
      expect(record.cameo.startsWith('04')).toBe(true);
      expect([record.actor?.country, record.recipient?.country]).toContain('IRN');
    }
    const none = cli('events', '--db', db, '--code', '202');
    expect(none.code, show(none)).toBe(0);
    expect(none.stdout).toBe('');
  });
});

describe('annalist eval', () => {
  const gold = path.join(repoRoot, 'test', 'e2e', 'testdata', 'small.gold.jsonl');

  it('prints a table with root, code and dated rows', () => {
    const result = cli('eval', gold);
    expect(result.code, show(result)).toBe(0);
    expect(result.stdout).toMatch(/^2 articles, 3 gold events/m);
    expect(result.stdout).toMatch(/^level\s+P\s+R\s+F1\s+tp\s+fp\s+fn$/m);
    for (const level of ['root', 'code', 'dated']) expect(result.stdout).toMatch(new RegExp(`^${level}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d+\\s+\\d+\\s+\\d+$`, 'm'));
    expect(result.stdout).not.toMatch(/\bmiss\b|\bextra\b/);
  });

  it('--details lists misses and extras with the article id', () => {
    const result = cli('eval', gold, '--details');
    expect(result.code, show(result)).toBe(0);
    const details = result.stdout.split('\n').filter((line) => /^e2e-\S+\s+(root|code|dated)\s+(miss|extra)\b/.test(line));
    expect(details.length, show(result)).toBeGreaterThan(0);
    // Nothing reads "retaliated … with artillery fire" as an event: a miss.
    expect(details.some((line) => /^e2e-sanctions\s+root\s+miss\b/.test(line) && line.includes('retaliated'))).toBe(true);
    // "Iran praised Venezuela" is found but not in the gold: an extra with its rule.
    expect(details.some((line) => /^e2e-attack\s+root\s+extra\b/.test(line) && /\[\d{2,4}\.[a-z0-9-]+\.v\d+\]/.test(line))).toBe(true);
  });

  it('--json prints the report as JSON', () => {
    const result = cli('eval', gold, '--json');
    expect(result.code, show(result)).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.totals).toMatchObject({ articles: 2, goldEvents: 3 });
    expect(Object.keys(report.levels)).toEqual(['root', 'code', 'dated']);
  });

  it('a missing gold file exits non-zero with a message naming the file', () => {
    const missing = path.join(work, 'no-such.gold.jsonl');
    const result = cli('eval', missing);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(missing);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a malformed gold file exits non-zero naming file:line and the field', () => {
    const bad = path.join(work, 'bad.gold.jsonl');
    const lines = readFileSync(gold, 'utf8').trimEnd().split('\n');
    writeFileSync(bad, `${lines[0]}\n${lines[1].replace('"cameo": "180"', '"cameo": "eighteen"')}\n`);
    const result = cli('eval', bad);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${bad}:2`);
    expect(result.stderr).toContain('cameo');
  });
});

describe('provenance', () => {
  it('carries the input\'s own id (else the path as given), title, URL, outlet and date on every record and export', () => {
    const db = path.join(work, 'provenance.db');
    const examples = path.join(repoRoot, 'examples');
    expect(cli('ingest', examples, '--db', db, '--published', '2025-03-19', '--quiet').code).toBe(0);
    const ids = new Set<string>();
    for (const args of [[], ['--mentions']]) {
      const records = jsonLines(cli('events', '--db', db, ...args).stdout) as EventRecord[];
      expect(records.length).toBeGreaterThan(10);
      for (const record of records) {
        ids.add(record.doc_id);
        if (record.doc_id.startsWith('example-wire-')) expect(record).toMatchObject({ outlet: 'Annalist Wire', url: expect.stringMatching(/^https:\/\/example\.org\//) });
        else expect(record.doc_id.startsWith(examples)).toBe(true);
        expect(record.title).not.toBeNull();
      }
    }
    expect([...ids].filter((id) => id.startsWith('example-wire-')).sort()).toEqual(['example-wire-001', 'example-wire-002']);
    const [header, ...rows] = cli('events', '--db', db, '--format', 'csv').stdout.trimEnd().split('\r\n');
    expect(header.split(',').slice(0, 7)).toEqual(['id', 'article_id', 'doc_id', 'title', 'url', 'outlet', 'published']);
    expect(rows.some((row) => row.includes(',example-wire-001,'))).toBe(true);
    const gdelt = cli('events', '--db', db, '--format', 'gdelt').stdout.trimEnd().split('\n').map((line) => line.split('\t')[60]);
    expect(gdelt).toContain('https://example.org/wire/2025/04/15/kremlin-denies-abu-dhabi-meeting');
    expect(gdelt.some((source) => source.startsWith(examples))).toBe(true);
  });
});

describe('inputs and databases that are not there', () => {
  it('reads every other input, reports the missing one, and exits 3 naming it', () => {
    const missing = path.join(work, 'missing.txt');
    const result = cli('extract', inputs, missing, '--published', PUBLISHED);
    expect(result.code, show(result)).toBe(3);
    expect(jsonLines(result.stdout).length).toBeGreaterThan(0);
    expect(result.stderr).toContain(`  skipped ${missing}: not found`);
    expect(result.stderr).toMatch(new RegExp(`annalist: input not found: ${missing}\n$`));
    const db = path.join(work, 'missing-input.db');
    const ingested = cli('ingest', inputs, missing, '--db', db, '--published', PUBLISHED);
    expect(ingested.code).toBe(3);
    expect(ingested.stderr).toMatch(/^3 ingested/m);
  });

  it('refuses to read events from a database that does not exist, naming it, and creates none', () => {
    const typo = path.join(work, 'evnets.db');
    for (const args of [['events', '--db', typo], ['consolidate', '--db', typo], ['serve', '--db', typo, '--port', '0']]) {
      const result = cli(...args);
      expect(result.code, show(result)).toBe(4);
      expect(result.stderr).toBe(`annalist: no database at ${typo}; check the path, or create one with \`annalist ingest <inputs> --db ${typo}\`\n`);
      expect(existsSync(typo)).toBe(false);
    }
  });

  it('prints the coding scheme as JSON lines, one code each with its patterns', () => {
    const result = cli('codes', '--format', 'json');
    expect(result.code, show(result)).toBe(0);
    const codes = jsonLines(result.stdout) as { code: string; patterns: string[]; plover: { type: string } }[];
    expect(codes.length).toBeGreaterThan(300);
    expect(codes.find((entry) => entry.code === '190')).toMatchObject({ plover: { type: 'ASSAULT' } });
    expect(cli('codes', '--format', 'xml').code).toBe(2);
  });

  it('states each default once in help', () => {
    const help = cli('ingest', '--help').stdout;
    expect(help).toMatch(/one\s+per core\s+\(default: 1\)/);
    expect(help).not.toMatch(/\(default 1\)/);
  });
});

describe('errors and the pipeline listing', () => {
  it('an unknown export format fails, naming the format and the choices', () => {
    const result = cli('events', '--db', path.join(work, 'x.db'), '--format', 'xml');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    const [first] = result.stderr.split('\n');
    expect(first).toContain('xml');
    expect(first).toMatch(/jsonl.*csv.*gdelt.*plover/);
  });

  it('an unknown export format exits with the usage code 2', () => {
    const result = cli('events', '--db', path.join(work, 'x.db'), '--format', 'xml');
    expect(result.code).toBe(2);
    expect(cli('extract').code).toBe(2);
  });

  it('an unknown command exits 2', () => {
    const result = cli('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('frobnicate');
  });

  it('a usage error found by annalist exits 2 with one line on stderr', () => {
    const result = cli('extract', inputs, '--published', 'yesterday');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^annalist: .*yesterday/);
  });

  it('`pipeline` lists the stages in order with what they require and provide', () => {
    const result = cli('pipeline');
    expect(result.code, show(result)).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const names = lines.map((line, index) => {
      const match = /^(\d+)\.\s+(\S+)\s+requires: .*; provides: .+$/.exec(line);
      expect(match, line).not.toBeNull();
      expect(Number(match![1])).toBe(index + 1);
      return match![2];
    });
    const core = ['clean', 'nlp', 'time', 'actors', 'attribution', 'events'];
    expect(names.filter((name) => core.includes(name))).toEqual(core);
  });
});
