#!/usr/bin/env node
// Throughput benchmark: `npm run bench -- [corpus dir] [--runs N] [--db postgres://…]`.
//
// Runs, on the same corpus (default ../shared/data/bbc), each configuration --runs times
// (default 3) and reports the median: (a) extract on one thread, as `annalist extract`
// does it (reading included), in this process; (b) `annalist ingest` into SQLite and (c)
// `annalist ingest --workers 2`, each a fresh process as a user runs it, so both pay their
// start-up; (d) two `annalist worker` processes on PostgreSQL; and, for scale, bare wink-nlp
// (tokens, POS, sentences: the pipe the nlp stage runs, less negation) on the same texts.
// Then the tagger and parser alone (src/syntax), over the same sentences, tokens given: their
// sentences a second on one core, and how long loading the model takes.
// Then one long article of 1 MB and one of 4 MB, the corpus's texts joined: their ratio shows
// whether cost grows with an article's length or faster.
// Then what two threads can gain on this machine at all: the pipeline on one thread, then
// on two at once, each over the whole corpus, with no reading or storing; and how many cores
// (b) and (c) kept busy, from their CPU time in /proc. Then peak RSS, and
// RSS after the corpus has gone through the pipeline ten times (leaks show as growth).
// Needs a build (npm run build).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (module) => import(path.join(root, 'dist', module));

function parseArgs(argv) {
  // The default sits beside the repository; a folder given on the command line is taken from
  // where the user ran npm (INIT_CWD), not from the repository root npm runs scripts in.
  const options = { corpus: path.join(root, '..', 'shared', 'data', 'bbc'), given: false, runs: 3, db: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') options.runs = Number.parseInt(argv[++i], 10);
    else if (argv[i] === '--db') options.db = argv[++i];
    else {
      options.corpus = path.resolve(process.env.INIT_CWD ?? process.cwd(), argv[i]);
      options.given = true;
    }
  }
  if (!(options.runs > 0)) fail('--runs takes a positive whole number');
  return options;
}

function fail(message) {
  process.stderr.write(`annalist bench: ${message}\n`);
  process.exit(2);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median of `measure`'s results over `runs` runs, one after another. */
async function medianOf(runs, measure) {
  const values = [];
  for (let i = 0; i < runs; i++) values.push(await measure());
  return median(values);
}

async function timed(runs, run) {
  const seconds = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    seconds.push((performance.now() - start) / 1000);
  }
  return median(seconds);
}

/** Resident set size of a process, from /proc (Linux): current (VmRSS) or peak (VmHWM), in MiB. */
function procMemory(pid, field) {
  try {
    const kib = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kib) ? kib / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * CPU seconds a process has used so far, all its threads together, from /proc (Linux; null
 * elsewhere). /proc counts in USER_HZ, 100 a second on Linux.
 */
function procCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields 14 and 15 (utime, stime); the command name in parentheses may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The pipeline over `articles`, on this thread; seconds, after one warm-up pass. */
function pipelineSeconds(createAnnalist, articles) {
  const annalist = createAnnalist();
  const pass = () => {
    for (const article of articles) {
      try {
        annalist.extract(article);
      } catch {
        // Skipped here as in every command.
      }
    }
  };
  pass();
  const start = performance.now();
  pass();
  return (performance.now() - start) / 1000;
}

/** Seconds the pipeline takes over the corpus on each of `threads` threads running at once. */
async function threadSeconds(threads, articles) {
  const workers = Array.from({ length: threads }, () => new Worker(fileURLToPath(import.meta.url), { workerData: { articles } }));
  const seconds = await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  await Promise.all(workers.map((worker) => worker.terminate()));
  return Math.max(...seconds);
}

/** The tagger and parser over every sentence of the corpus, the tokens and wink's tags computed beforehand. */
async function syntaxRuns(runs, articles) {
  const { createPipeline } = await dist('stage.js');
  const { createCleanStage } = await dist('clean/stage.js');
  const { defaultCleaners } = await dist('clean/configuration.js');
  const { createNlpStage } = await dist('nlp/stage.js');
  const { loadTextLexicons } = await dist('lexicons.js');
  const { readSyntaxModel } = await dist('syntax/model-file.js');
  const { SyntaxAnalyser } = await dist('syntax/analyser.js');
  const { createHash } = await import('node:crypto');
  const lexicons = loadTextLexicons();
  const tokenize = createPipeline([createCleanStage(defaultCleaners(lexicons.furnitureLines)), createNlpStage(lexicons.titleAbbreviations)]);
  const docs = [];
  for (const article of articles) {
    try {
      docs.push(tokenize.run(article));
    } catch {
      // Skipped as in every command.
    }
  }
  // What loading costs in a fresh process: reading the file, its checksum, and the tables.
  const loadStart = performance.now();
  const file = path.join(root, 'models', 'syntax', 'model.bin');
  const bytes = readFileSync(file);
  createHash('sha256').update(bytes).digest('hex');
  const analyser = new SyntaxAnalyser(readSyntaxModel(bytes, file));
  const loadSeconds = (performance.now() - loadStart) / 1000;
  let sentences = 0;
  let tokens = 0;
  const parseAll = () => {
    for (const doc of docs) {
      const table = doc.tokenTable;
      for (const sentence of doc.sentences) analyser.analyse(table.text, sentence.tokenStart, sentence.tokenEnd, table.lower, table.pos);
    }
  };
  for (const doc of docs) {
    sentences += doc.sentences.length;
    tokens += doc.tokenTable.length;
  }
  parseAll();
  return { sentences, tokens, loadSeconds, seconds: await timed(runs, parseAll) };
}

/**
 * Seconds (medians) the pipeline takes on one article of 1 MB and one of 4 MB, each the corpus's
 * texts joined as paragraphs: cost that grows faster than an article's length shows as a ratio
 * above 4. Commands skip articles over 1 MB by default (--max-article-mb); the pipeline has no limit.
 */
function longArticleRuns(runs, annalist, articles) {
  const build = (bytes) => {
    const parts = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
      const text = articles[i % articles.length].text;
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
    }
    const text = parts.join('\n\n');
    return { id: `long-${bytes}`, title: null, published: '2024-05-01', outlet: null, url: null, text, source: `long-${bytes}` };
  };
  const seconds = (article) => {
    const values = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      annalist.extract(article);
      values.push((performance.now() - start) / 1000);
    }
    return median(values);
  };
  return { one: seconds(build(1e6)), four: seconds(build(4e6)) };
}

async function postgresRuns(options, corpus) {
  const admin = new pg.Client({ connectionString: options.db });
  try {
    await admin.connect();
  } catch (error) {
    return { skipped: `no PostgreSQL at ${options.db} (${error.message})` };
  }
  const bin = path.join(root, 'bin', 'annalist');
  const seconds = [];
  const enqueueSeconds = [];
  let workerPeakMiB = 0;
  let outcome = '';
  try {
    for (let run = 0; run < options.runs; run++) {
      const database = `annalist_bench_${process.pid}_${run}`;
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(options.db);
      url.pathname = `/${database}`;
      try {
        let start = performance.now();
        // One attempt per job: an article the pipeline fails on must not wait out retry backoff here.
        const enqueued = spawnSync(process.execPath, [bin, 'enqueue', corpus, '--db', url.href, '--max-attempts', '1', '-q'], { encoding: 'utf8' });
        if (enqueued.status !== 0) throw new Error(`enqueue failed: ${enqueued.stderr}`);
        enqueueSeconds.push((performance.now() - start) / 1000);
        const db = new pg.Client({ connectionString: url.href });
        await db.connect();
        start = performance.now();
        const workers = [0, 1].map(() => spawn(process.execPath, [bin, 'worker', '--db', url.href, '--concurrency', '2', '-q'], { stdio: 'ignore' }));
        for (;;) {
          // A job on its one attempt is unfinished while locked, failed once unlocked.
          const { rows } = await db.query('SELECT count(*) FILTER (WHERE attempts < max_attempts OR locked_at IS NOT NULL)::int AS left FROM graphile_worker.jobs');
          if (rows[0].left === 0) break;
          await sleep(50);
        }
        seconds.push((performance.now() - start) / 1000);
        const { rows } = await db.query(`SELECT (SELECT count(*) FROM articles)::int AS stored,
          (SELECT count(*) FROM graphile_worker.jobs)::int AS failed`);
        outcome = `${rows[0].stored} stored, ${rows[0].failed} failed job${rows[0].failed === 1 ? '' : 's'}`;
        for (const worker of workers) workerPeakMiB = Math.max(workerPeakMiB, procMemory(worker.pid, 'VmHWM') ?? 0);
        await Promise.all(workers.map((worker) => new Promise((resolve) => {
          worker.once('exit', resolve);
          worker.kill('SIGTERM');
        })));
        await db.end();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${database}`));
      }
    }
  } finally {
    await admin.end();
  }
  return { seconds: median(seconds), enqueueSeconds: median(enqueueSeconds), workerPeakMiB, outcome };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const corpus = options.corpus;
  if (!existsSync(corpus)) {
    fail(`corpus folder ${corpus}${options.given ? '' : ' (the default)'} not found; give one: npm run bench -- <corpus dir>`);
  }
  if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) fail('not built yet; run `npm run build` first');

  const { readInputs } = await dist('ingest/read-inputs.js');
  const { createAnnalist } = await dist('pipeline.js');
  const { processArticles } = await dist('cli/process-articles.js');
  const { exportEvents, getFormat } = await dist('export/index.js');

  // The corpus as every run sees it: articles after reading, skipping and deduplication.
  const articles = [];
  const ids = new Set();
  for await (const item of readInputs([corpus])) {
    if (item.kind === 'article' && !ids.has(item.article.id)) {
      ids.add(item.article.id);
      articles.push(item.article);
    }
  }
  if (articles.length === 0) fail(`no articles in ${corpus}`);
  const megabytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / 1e6;
  const annalist = createAnnalist();
  let sentences = 0;
  const pass = () => {
    let count = 0;
    for (const article of articles) {
      try {
        count += annalist.extract(article).doc.sentences.length;
      } catch {
        // A stage failure skips the article in every command; the benchmark does the same.
      }
    }
    return count;
  };
  sentences = pass();
  process.stderr.write(`corpus ${corpus}: ${articles.length} articles, ${sentences} sentences, ${megabytes.toFixed(2)} MB of text; ${options.runs} runs each\n`);

  const results = [];
  const report = (name, seconds, note = '') => {
    results.push({ name, seconds, note });
    process.stderr.write(`  ${name}: ${seconds.toFixed(2)} s\n`);
  };

  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  report('wink-nlp alone (tokens, POS, sentences)', await timed(options.runs, () => {
    for (const article of articles) {
      const doc = nlp.readDoc(article.text);
      doc.tokens().out(its.value);
      doc.tokens().out(its.pos);
      doc.sentences().out();
    }
  }));
  report('pipeline alone, texts in memory', await timed(options.runs, () => pass()));
  const parsing = await syntaxRuns(options.runs, articles);
  const jsonl = getFormat('jsonl');
  report('(a) extract, one thread', await timed(options.runs, async () => {
    const seen = new Set();
    await processArticles([corpus], { quiet: true }, ({ article, events }) => {
      seen.add(article.id);
      exportEvents(jsonl, events);
    }, (id) => seen.has(id));
  }));
  const work = mkdtempSync(path.join(tmpdir(), 'annalist-bench-'));
  // Each ingest's CPU time, read from /proc until it exits (the last 20 ms may be missed).
  const cpu = { '(b)': [], '(c)': [] };
  const ingest = (key, db, ...extra) => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin', 'annalist'), 'ingest', corpus, '--db', db, '-q', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let seconds = null;
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const poll = setInterval(() => { seconds = procCpuSeconds(child.pid) ?? seconds; }, 20);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`annalist ingest failed: ${stderr}`));
      else resolve(seconds !== null && cpu[key].push(seconds));
    });
  });
  try {
    report('(b) ingest into SQLite', await timed(options.runs, (run) => ingest('(b)', path.join(work, `one-${run}.db`))), 'a fresh process, consolidation included');
    report('(c) ingest --workers 2', await timed(options.runs, (run) => ingest('(c)', path.join(work, `two-${run}.db`), '--workers', '2')), 'a fresh process, consolidation included');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const long = longArticleRuns(options.runs, annalist, articles);
  const oneThread = await medianOf(options.runs, () => threadSeconds(1, articles));
  const twoThreads = await medianOf(options.runs, () => threadSeconds(2, articles));
  const postgres = await postgresRuns(options, corpus);
  if ('skipped' in postgres) process.stderr.write(`  (d) skipped: ${postgres.skipped}\n`);
  else report('(d) 2 worker processes (--concurrency 2) on PostgreSQL', postgres.seconds, `${postgres.outcome}; enqueue alone: ${(articles.length / postgres.enqueueSeconds).toFixed(0)} articles/s`);

  const peakMiB = process.resourceUsage().maxRSS / 1024;
  const memory = () => {
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    return `RSS ${(rss / 2 ** 20).toFixed(0)} MiB, JS heap ${(heapUsed / 2 ** 20).toFixed(0)} MiB`;
  };
  pass();
  const afterOne = memory();
  for (let i = 0; i < 9; i++) pass();
  const afterTen = memory();

  const row = (name, seconds, note) => `| ${name} | ${(articles.length / seconds).toFixed(1)} | ${(sentences / seconds).toFixed(0)} | ${(megabytes / seconds).toFixed(2)} | ${seconds.toFixed(2)} | ${note} |`;
  const seconds = (prefix) => results.find((r) => r.name.startsWith(prefix)).seconds;
  const rate = (prefix) => articles.length / seconds(prefix);
  const lines = [
    `| run (median of ${options.runs}) | articles/s | sentences/s | MB/s | seconds | note |`,
    '|---|---:|---:|---:|---:|---|',
    ...results.map((r) => row(r.name, r.seconds, r.note)),
    '',
    `ratio (a) / wink-nlp alone: ${(rate('(a)') / rate('wink')).toFixed(2)} (target ≥ 0.4)`,
    `ratio (c) / (b): ${(rate('(c)') / rate('(b)')).toFixed(2)} (target ≥ 1.7); what two threads gain on this machine, the pipeline alone on two threads at once against one: ${(2 * oneThread / twoThreads).toFixed(2)}`,
    ...(cpu['(b)'].length > 0 && cpu['(c)'].length > 0 ? [
      `cores kept busy (CPU time / wall time, medians): (b) ${(median(cpu['(b)']) / seconds('(b)')).toFixed(2)}, (c) ${(median(cpu['(c)']) / seconds('(c)')).toFixed(2)}, `
        + `of ${availableParallelism()} on this machine; a one-thread ingest also keeps V8's compiler and garbage collector busy on other threads`,
    ] : []),
    `(a): ${rate('(a)').toFixed(1)} articles/s (target ≥ 300 on one core)`,
    `tagging and parsing alone, tokens given: ${(parsing.sentences / parsing.seconds).toFixed(0)} sentences/s, ${(parsing.tokens / parsing.seconds).toFixed(0)} tokens/s on one thread (target ≥ 5,000 sentences/s); `
      + `loading the model: ${(parsing.loadSeconds * 1000).toFixed(0)} ms (target ≤ 500 ms)`,
    `one long article built from the corpus's own text (paragraphs in corpus order), the pipeline alone: 1 MB ${long.one.toFixed(2)} s, 4 MB ${long.four.toFixed(2)} s; `
      + `ratio 4 MB / 1 MB ${(long.four / long.one).toFixed(2)} (target ≤ 5; linear is 4)`,
    `peak RSS of this process (all in-process runs, threads included): ${peakMiB.toFixed(0)} MiB`
      + ('skipped' in postgres ? '' : `; peak RSS of a PostgreSQL worker process: ${postgres.workerPeakMiB.toFixed(0)} MiB`),
    `memory after the corpus went once more through the pipeline: ${afterOne}; after ten times: ${afterTen}`
      + (globalThis.gc ? ' (after garbage collection)' : ' (run node with --expose-gc for figures after collection)'),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (isMainThread) await main();
else {
  const { createAnnalist } = await dist('pipeline.js');
  parentPort.postMessage(pipelineSeconds(createAnnalist, workerData.articles));
}
