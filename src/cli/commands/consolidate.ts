// annalist consolidate: bring the stored stories and events up to date with the stored
// mentions (ingest, serve and workers do this themselves; this command redoes it on demand).
import type { ConsolidationChange } from '../../store/store.js';
import { openStore } from '../../store/open-store.js';
import { consolidateStore } from '../../consolidate/consolidate-store.js';
import { loadConsolidationLexicons } from '../../lexicons.js';

export function describeConsolidation(change: ConsolidationChange): string {
  // A story is the group of articles about one subject that events are matched within.
  const placed = change.restoried === 1 ? '1 article placed in a story' : `${change.restoried} articles placed in stories`;
  return `${change.written} new or changed, ${change.removed} merged into others or gone; ${placed}, new or moved (a story groups the articles on one subject)`;
}

export async function consolidateCommand(options: { db: string; lexicon?: string[]; quiet?: boolean }): Promise<void> {
  const store = await openStore(options.db, { mustExist: true });
  try {
    const change = await consolidateStore(store, loadConsolidationLexicons(options.lexicon));
    if (!options.quiet) process.stderr.write(`${options.db}: ${change.events} events (${describeConsolidation(change)})\n`);
  } finally {
    await store.close();
  }
}
