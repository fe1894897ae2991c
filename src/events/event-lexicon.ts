// The word lists the events stage reads beside its patterns (lexicons/events/*.tsv): which
// nouns a violent act may target, and which dated event nouns refer back to an event.
import { z } from 'zod';
import { lexiconPath } from '../lexicon-path.js';
import { readTsvAt } from '../lexicon-tsv.js';
import { cameoCodeField } from '../ontology/ontology.js';

export interface EventLexicon {
  /** Places, vehicles, positions and people a violent act may be done to (target-nouns.tsv), lower-cased. */
  targetNouns: ReadonlySet<string>;
  /** Lower-cased event noun → the CAMEO codes it may refer back to, sub-codes included (dated-event-nouns.tsv). */
  datedEventNouns: ReadonlyMap<string, readonly string[]>;
}

const targetRow = z.object({ noun: z.string().regex(/^[a-z]+$/, 'expected one lower-case word'), kind: z.enum(['place', 'vehicle', 'position', 'people']) });
const nounRow = z.object({
  noun: z.string().regex(/^[a-z]+$/, 'expected one lower-case word'),
  codes: z.string().transform((value) => value.split(/\s+/).filter(Boolean)).pipe(z.array(cameoCodeField).min(1, 'expected CAMEO codes separated by spaces')),
});

/** The built-in lists, then those at each `--lexicon` location (`extra`); a user's row for a noun replaces the built-in one. */
export function loadEventLexicon(extra: readonly string[] = []): EventLexicon {
  const targetNouns = new Set<string>();
  const datedEventNouns = new Map<string, readonly string[]>();
  for (const location of [lexiconPath('events'), ...extra]) {
    for (const row of readTsvAt(location, 'target-nouns.tsv', targetRow, ['noun', 'kind'])) targetNouns.add(row.noun);
    for (const row of readTsvAt(location, 'dated-event-nouns.tsv', nounRow, ['noun', 'codes'])) datedEventNouns.set(row.noun, row.codes);
  }
  return { targetNouns, datedEventNouns };
}
