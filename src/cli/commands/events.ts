// annalist events: query the store and export in one of the formats.
import { openStore } from '../../store/open-store.js';
import type { EventFilter } from '../../store/store.js';
import { getFormat } from '../../export/index.js';
import { exportArticles } from '../../export/export-articles.js';
import { AnnalistError } from '../../errors.js';
import { consolidateIfBehind } from '../../consolidate/catch-up.js';
import { loadConsolidationLexicons } from '../../lexicons.js';

export interface EventsOptions extends Omit<EventFilter, 'limit'> {
  db: string;
  lexicon?: string[];
  format: string;
  /** Each event mention on its own (one per article that reports it) instead of consolidated events. */
  mentions?: boolean;
  /** A header row for formats that have none of their own (GDELT). */
  header?: boolean;
  /** As typed on the command line; checked here so the message quotes it. */
  limit?: string;
}

function parseLimit(typed: string | undefined): number | undefined {
  if (typed === undefined) return undefined;
  if (!/^\d+$/.test(typed.trim()) || Number(typed) < 1) {
    throw new AnnalistError('usage', `limit '${typed}' is not a positive whole number`);
  }
  return Number(typed);
}

export async function eventsCommand(options: EventsOptions): Promise<void> {
  const format = getFormat(options.format);
  if (format.binary && process.stdout.isTTY) {
    throw new AnnalistError('usage', `${format.name} is a binary format; send it to a file: annalist events --format ${format.name} > events.${format.extension}`);
  }
  const store = await openStore(options.db, { mustExist: true });
  try {
    const { db: _db, format: _format, limit, mentions, lexicon, header, ...filter } = options;
    const query = { ...filter, limit: parseLimit(limit) };
    if (!mentions) {
      const caughtUp = await consolidateIfBehind(store, () => loadConsolidationLexicons(lexicon), options.db);
      if (caughtUp) process.stderr.write(`annalist: ${caughtUp}\n`);
    }
    const events = mentions ? await store.events(query) : await store.consolidatedEvents(query);
    const articles = await exportArticles(store, events, format);
    for (const chunk of format.write(events, { articles, header })) process.stdout.write(chunk);
  } finally {
    await store.close();
  }
}
