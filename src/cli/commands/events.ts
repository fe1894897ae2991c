// annalist events: query the store and export in one of the formats.
import { openStore } from '../../store/open-store.js';
import type { EventFilter } from '../../store/store.js';
import { getFormat } from '../../export/index.js';

export interface EventsOptions extends EventFilter {
  db: string;
  format: string;
}

export async function eventsCommand(options: EventsOptions): Promise<void> {
  const format = getFormat(options.format);
  const store = await openStore(options.db);
  try {
    const { db: _db, format: _format, ...filter } = options;
    const events = await store.events(filter);
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
