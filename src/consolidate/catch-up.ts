// A process stopped (kill -9, a power cut) after storing a batch and before consolidating it
// leaves mentions that no event holds: `events` would list fewer events than the store has
// reports of, and the web view would miss them. Commands that read events first bring the store
// up to date, and say that they did.
import type { ConsolidationLexicons } from '../lexicons.js';
import type { Store } from '../store/store.js';
import { consolidateStore } from './consolidate-store.js';

/** Consolidates when stored mentions have no event; returns the line saying so, or null when there was nothing to do. */
export async function consolidateIfBehind(store: Store, lexicons: () => ConsolidationLexicons, where: string): Promise<string | null> {
  const behind = await store.unconsolidatedMentions();
  if (behind === 0) return null;
  const change = await consolidateStore(store, lexicons());
  return `${where}: ${behind} stored event mention${behind === 1 ? ' was' : 's were'} in no event (a run stopped before consolidating); `
    + `consolidated them: ${change.events} events`;
}
