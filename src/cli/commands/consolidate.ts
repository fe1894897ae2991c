// annalist consolidate: bring the stored stories and events up to date with the stored
// mentions (ingest, serve and workers do this themselves; this command redoes it on demand).
import type { ConsolidationChange } from '../../store/store.js';
import { openStore } from '../../store/open-store.js';
import { consolidateStore } from '../../consolidate/consolidate-store.js';
import { loadConsolidationLexicons } from '../../lexicons.js';

export function describeConsolidation(change: ConsolidationChange): string {
  return `${change.written} written, ${change.removed} removed, ${change.restoried} articles changed story`;
}

export async function consolidateCommand(options: { db: string; lexicon?: string[]; quiet?: boolean }): Promise<void> {
  const store = await openStore(options.db);
  try {
    const change = await consolidateStore(store, loadConsolidationLexicons(options.lexicon));
    if (!options.quiet) process.stderr.write(`${options.db}: ${change.events} events (${describeConsolidation(change)})\n`);
  } finally {
    await store.close();
  }
}
