// The annalist command line. Subcommands load their modules only when they run; errors
// become one line on stderr and an exit code here, and nowhere else.
import { Command, CommanderError, Option } from 'commander';
import { AnnalistError, type ErrorCode } from '../errors.js';
import { printable } from '../printable.js';
import { DEFAULT_MAX_ARTICLE_MB } from '../ingest/article-size.js';
import { DEFAULT_QUEUE_DEPTH } from '../serve/extraction.js';

const EXIT_CODES: Record<ErrorCode, number> = { usage: 2, input: 3, gold: 3, lexicon: 3, model: 3, store: 4, pipeline: 5 };
// A postgres:// URL in DATABASE_URL selects PostgreSQL when neither --db nor ANNALIST_DB is
// given; an empty variable counts as unset.
const DEFAULT_DB = process.env.ANNALIST_DB || process.env.DATABASE_URL || './annalist.db';
const DB_HELP = 'SQLite database file or postgres:// URL';

const MAX_ARTICLE_HELP = 'skip an article whose text is over this many MiB, with that reason';
const collect = (value: string, previous: string[] = []) => [...previous, value];
const LEXICON_HELP = 'extra lexicon folder, or a file named like the lexicon it extends or ending in .jsonl (event patterns); repeatable';

function articleOptions(command: Command): Command {
  return command
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none')
    .option('--outlet <name>', 'outlet name for inputs that carry none')
    .option('--lexicon <path>', LEXICON_HELP, collect)
    .option('--max-article-mb <n>', MAX_ARTICLE_HELP, String(DEFAULT_MAX_ARTICLE_MB))
    .option('-q, --quiet', 'no progress bar and no summary on stderr');
}

export function createProgram(): Command {
  const program = new Command('annalist')
    .description('Turn news articles into political event data: who did what to whom, when, where, and who says so.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    // Before any subcommand exists: commander copies this setting to subcommands when they are created.
    .exitOverride();

  articleOptions(program.command('extract')
    .description('print event mentions as JSONL on stdout (no database)')
    .argument('<inputs...>', 'files, directories, JSONL, HTML, or - for stdin'))
    .action(async (inputs: string[], options) => (await import('./commands/extract.js')).extractCommand(inputs, options));

  articleOptions(program.command('ingest')
    .description('store articles and their events in the database')
    .argument('<inputs...>', 'files, directories, JSONL, HTML, or - for stdin')
    .option('--db <path>', DB_HELP, DEFAULT_DB)
    .option('--workers <n>', 'extract on this many threads, the main one included: one per core', (value) => Number.parseInt(value, 10), 1))
    .action(async (inputs: string[], options) => (await import('./commands/ingest.js')).ingestCommand(inputs, options));

  program.command('events')
    .description('query stored events and export them')
    .option('--db <path>', DB_HELP, DEFAULT_DB)
    .addOption(new Option('--format <name>', 'output format').choices(['jsonl', 'csv', 'gdelt', 'plover', 'parquet']).default('jsonl'))
    .option('--actor <text>', 'actor or recipient: name, words as written, or CAMEO actor code prefix')
    .option('--country <iso3>', 'actor or recipient country (ISO 3166-1 alpha-3)')
    .option('--code <cameo>', 'CAMEO event code prefix, e.g. 04 or 041')
    .option('--since <date>', 'events on or after this date')
    .option('--until <date>', 'events on or before this date')
    .option('--limit <n>', 'at most this many events')
    .option('--mentions', 'every event mention on its own row, instead of one row per consolidated event')
    .option('--header', 'a header row for gdelt, whose files have none')
    .option('--lexicon <path>', `when stored mentions wait for consolidation (a run stopped early): ${LEXICON_HELP}`, collect)
    .action(async (options) => (await import('./commands/events.js')).eventsCommand(options));

  program.command('consolidate')
    .description('group the stored event mentions into events and the articles into stories (ingest does this itself)')
    .option('--db <path>', DB_HELP, DEFAULT_DB)
    .option('--lexicon <path>', LEXICON_HELP, collect)
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (options) => (await import('./commands/consolidate.js')).consolidateCommand(options));

  program.command('corefer')
    .description('cluster given event mentions across documents: {id, text, mentions:[{id, start, end}]} per line in, {mention_id, cluster} per line out')
    .argument('<docs>', 'JSONL file, or - for stdin')
    .option('--lexicon <path>', LEXICON_HELP, collect)
    .action(async (docs: string, options) => (await import('./commands/corefer.js')).coreferCommand(docs, options));

  program.command('eval-corefer')
    .description('score corefer on ECB+ (MUC, B³, CEAF-e, CoNLL F1), topic fields removed from its input')
    .argument('<ecbplus>', 'ECB+ JSONL (ecbplus-topics-1-35.jsonl)')
    .addOption(new Option('--topics <set>', 'which topics: the dev split, the train split, all, or a comma-separated list').default('dev'))
    .option('--gold-stories', 'diagnosis: give corefer the gold sub-topics as its stories')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options) => (await import('./commands/eval-corefer.js')).evalCorefCommand(file, options));

  program.command('serve')
    .description('HTTP API and web UI over the database (http://127.0.0.1:8321/ by default)')
    .option('--db <path>', DB_HELP, DEFAULT_DB)
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8321')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--token <secret>', 'bearer token every write must carry (or set ANNALIST_TOKEN)')
    .option('--max-body-mb <n>', 'largest request body accepted, in MiB', '5')
    .option('--max-article-mb <n>', MAX_ARTICLE_HELP, String(DEFAULT_MAX_ARTICLE_MB))
    .option('--extract-threads <n>', 'threads that code posted articles, apart from the one answering requests (default: cores - 1, at least 1, at most 4)')
    .option('--create', 'start on a new, empty SQLite database when none exists at --db (without it, a missing file is refused as a mistyped path)')
    .option('--queue-depth <n>', 'articles that may be coding or waiting at once; a POST past it gets 503 with Retry-After', String(DEFAULT_QUEUE_DEPTH))
    .option('--lexicon <path>', `for ingested articles: ${LEXICON_HELP}`, collect)
    .action(async (options) => (await import('./commands/serve.js')).serveCommand(options));

  articleOptions(program.command('explain')
    .description('show, sentence by sentence, the tokens, actors, dates and attributions found and why each event was or was not coded')
    .argument('<inputs...>', 'files, directories, JSONL, HTML, or - for stdin')
    .option('--sentence <n>', 'only this sentence (counting from 1)')
    .option('--article <id>', 'only this article (its id, or the file it came from)')
    .option('--json', 'one JSON object per sentence'))
    .action(async (inputs: string[], options) => (await import('./commands/explain.js')).explainCommand(inputs, options));

  program.command('eval')
    .description('score the pipeline against a gold file (P/R/F1 at root, code and dated levels)')
    .argument('<gold>', 'gold JSONL file (see FORMAT.md)')
    .option('--details', 'list every missed and extra event with its evidence')
    .option('--json', 'print the report as JSON')
    .option('--lexicon <path>', LEXICON_HELP, collect)
    .action(async (gold: string, options) => (await import('./commands/eval.js')).evalCommand(gold, options));

  program.command('timex')
    .description('print time expressions (TIMEX3 type and value) as JSONL on stdout')
    .argument('<inputs...>', 'files, directories, JSONL, HTML, or - for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none')
    .option('--outlet <name>', 'outlet name for inputs that carry none')
    .option('--max-article-mb <n>', MAX_ARTICLE_HELP, String(DEFAULT_MAX_ARTICLE_MB))
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .action(async (inputs: string[], options) => (await import('./commands/timex.js')).timexCommand(inputs, options));

  program.command('parse')
    .description('print articles as CoNLL-U: tokens, part-of-speech tags, dependency heads and relations')
    .argument('[inputs...]', 'files, directories, JSONL, HTML, or - for stdin')
    .option('--conllu <file>', "tag and parse a CoNLL-U file's tokens (ID, FORM and SpaceAfter are read; nothing else)")
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none')
    .option('--outlet <name>', 'outlet name for inputs that carry none')
    .option('--max-article-mb <n>', MAX_ARTICLE_HELP, String(DEFAULT_MAX_ARTICLE_MB))
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .action(async (inputs: string[], options) => (await import('./commands/parse.js')).parseCommand(inputs, options));

  program.command('eval-parse')
    .description('score the tagger and parser on gold CoNLL-U tokens: UPOS and XPOS accuracy, UAS, LAS')
    .argument('<locations...>', 'CoNLL-U files or folders of them')
    .option('--json', 'print the scores as JSON')
    .action(async (locations: string[], options) => (await import('./commands/eval-parse.js')).evalParseCommand(locations, options));

  articleOptions(program.command('attributions')
    .description('print attributions (cue, source, content, status) as JSONL on stdout')
    .argument('<inputs...>', 'files, directories, JSONL, HTML, or - for stdin'))
    .action(async (inputs: string[], options) => (await import('./commands/attributions.js')).attributionsCommand(inputs, options));

  program.command('eval-attributions')
    .description('score attributions against a PolNeAR corpus (cue, source and content F1, overlap matching)')
    .argument('<dir>', 'PolNeAR folder (holding data/<split>/text and data/<split>/attributions)')
    .option('--split <name>', 'split to score', 'dev')
    .option('--nested', 'count attributions inside another\'s content too (PolNeAR annotates only the outermost)')
    .option('--json', 'print the report as JSON')
    .action(async (dir: string, options) => (await import('./commands/eval-attributions.js')).evalAttributionsCommand(dir, options));

  program.command('eval-plover')
    .description('score event types, and types with the parties\' countries, against the PLOVER gold standard (PLOVER_GSR_CAMEO JSON)')
    .argument('<file>', 'PLOVER gold JSON, e.g. PLOVER_GSR_CAMEO.dev.json')
    .option('--details', 'list the records left out and why')
    .option('--json', 'print the figures and every prediction as JSON')
    .option('--lexicon <path>', LEXICON_HELP, collect)
    .addHelpText('after', `
type + countries: a record is right when an event of the gold type has as actor a party of a
gold source's country and as recipient one of a gold target's (the first three letters of the
code: USAGOV is USA; the file's JAP, ITL, VTN are read as JPN, ITA, VNM, and the transnational
NGO and IMG as no country). A side gold leaves empty is matched only by a side naming no country; when
gold has joint sources and no target ("Hungarian and Romanian officials agreed"), the recipient
may be absent or one of them. Direction is free for the symmetric CAMEO codes 040, 041, 044, 046.
Counted like the type level: the gold type found with the wrong parties is one extra and one miss.`)
    .action(async (file: string, options) => (await import('./commands/eval-plover.js')).evalPloverCommand(file, options));

  program.command('eval-petrarch')
    .description('score CAMEO roots against PETRARCH validation records (those whose actors are real countries)')
    .argument('<location>', 'a PETRARCH records XML file or a folder of them')
    .option('--details', 'list every record where the roots or their countries differ')
    .option('--json', 'print the figures and every prediction as JSON')
    .option('--lexicon <path>', LEXICON_HELP, collect)
    .addHelpText('after', `
root + countries: each record's gold codings and the events found are sets of (CAMEO root, actor
country, recipient country), paired one to one; the country is the first three letters of the
code (RUSCOP is RUS, IGOEEU is IGO). An empty gold code is matched only by a side naming no
country; "---" (unknown country) by any party found, not by a missing one. Direction is free when
either code is symmetric (040, 041, 044, 046). A record agrees when nothing is left unpaired.`)
    .action(async (location: string, options) => (await import('./commands/eval-petrarch.js')).evalPetrarchCommand(location, options));

  program.command('eval-timex')
    .description('score time expressions against a TempEval-3 folder of TimeML files (strict/relaxed span, value and type F1)')
    .argument('<dir>', 'folder of .tml files, e.g. TempEval-3 TBAQ-cleaned')
    .option('--details', 'list every missed, extra and wrongly valued expression')
    .option('--json', 'print the report as JSON')
    .action(async (dir: string, options) => (await import('./commands/eval-timex.js')).evalTimexCommand(dir, options));

  program.command('enqueue')
    .description('add a job per new article to the PostgreSQL queue, for `annalist worker` to process')
    .argument('<inputs...>', 'files, directories, JSONL, HTML, or - for stdin')
    .option('--db <url>', 'postgres:// URL of the queue and store (default: DATABASE_URL)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none')
    .option('--outlet <name>', 'outlet name for inputs that carry none')
    .option('--max-attempts <n>', 'attempts per job before it is kept as failed', (value) => Number.parseInt(value, 10), 5)
    .option('--max-article-mb <n>', MAX_ARTICLE_HELP, String(DEFAULT_MAX_ARTICLE_MB))
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .action(async (inputs: string[], options) => (await import('./commands/enqueue.js')).enqueueCommand(inputs, options));

  program.command('worker')
    .description('process queued articles into the PostgreSQL store until SIGTERM')
    .option('--db <url>', 'postgres:// URL of the queue and store (default: DATABASE_URL)')
    .option('--concurrency <n>', 'jobs at a time in this process', (value) => Number.parseInt(value, 10), 1)
    .option('--lexicon <path>', LEXICON_HELP, collect)
    .option('-q, --quiet', 'no log on stderr')
    .action(async (options) => (await import('./commands/worker.js')).workerCommand(options));

  program.command('jobs')
    .description('count queued, running and failed jobs; --failed lists failed jobs with their errors')
    .option('--db <url>', 'postgres:// URL of the queue (default: DATABASE_URL)')
    .option('--failed', 'list the jobs that used up their attempts')
    .option('--json', 'JSON lines instead of text')
    .action(async (options) => (await import('./commands/jobs.js')).jobsCommand(options));

  program.command('codes')
    .description('the coding scheme: every CAMEO code with its QuadClass, Goldstein score, PLOVER mapping and the patterns that produce it')
    .addOption(new Option('--format <name>', 'output format').choices(['md', 'json']).default('md'))
    .option('--lexicon <path>', LEXICON_HELP, collect)
    .action(async (options) => (await import('./commands/codes.js')).codesCommand(options));

  program.command('pipeline')
    .description('print the pipeline stages in order, with what each requires and provides')
    .action(async () => (await import('./commands/pipeline.js')).pipelineCommand());

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_CODES.usage;
    if (error instanceof AnnalistError) {
      process.stderr.write(`annalist: ${printable(error.message)}\n`);
      return EXIT_CODES[error.code];
    }
    process.stderr.write(`annalist: unexpected error\n${error instanceof Error ? error.stack : String(error)}\n`);
    return 1;
  }
}

// `annalist extract … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await main(process.argv);
