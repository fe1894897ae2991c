// annalist events: query the store and export in one of the formats.
import { openStore } from '../../store/open-store.js';
import type { EventFilter } from '../../store/store.js';
import { getFormat } from '../../export/index.js';
import { AnnalistError } from '../../errors.js';

export interface EventsOptions extends Omit<EventFilter, 'limit'> {
  db: string;
  format: string;
  /** Each event mention on its own (one per article that reports it) instead of consolidated events. */
  mentions?: boolean;
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
  const store = await openStore(options.db);
  try {
    const { db: _db, format: _format, limit, mentions, ...filter } = options;
    const query = { ...filter, limit: parseLimit(limit) };
    const events = mentions ? await store.events(query) : await store.consolidatedEvents(query);
    if (!mentions && events.length === 0 && await store.countEvents(filter) > 0) {
      process.stderr.write(`${options.db} holds event mentions that are not consolidated yet; run \`annalist consolidate --db ${options.db}\` (or use --mentions)\n`);
    }
    const articles = new Map();
    for (const id of new Set(events.map((event) => event.article_id))) {
      const article = await store.getArticle(id);
      if (article) articles.set(id, article);
    }
    for (const chunk of format.write(events, { articles })) process.stdout.write(chunk);
  } finally {
    await store.close();
  }
}
