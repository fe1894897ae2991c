// Words that name the same kind of happening ("decide" / "decision", "die" / "death") share a
// family, so that a verb in one report and a noun in another can be one event. The table is
// data (lexicons/consolidate/event-families.tsv); a word in no family is its own family.
import { z } from 'zod';
import { lexiconFiles } from '../lexicon-path.js';
import { readTsv } from '../lexicon-tsv.js';

export interface EventFamilies {
  familyOf(lemma: string): string;
}

const row = z.object({
  family: z.string().min(1, 'is empty'),
  words: z.string().min(1, 'is empty'),
});

/** The built-in families, then those at each `--lexicon` location (`extra`). */
export function loadEventFamilies(extra: readonly string[] = []): EventFamilies {
  const families = new Map<string, string>();
  for (const file of lexiconFiles('consolidate', 'event-families.tsv', extra)) {
    for (const { family, words } of readTsv(file, row, ['family', 'words'])) {
      families.set(family.toLowerCase(), family.toLowerCase());
      for (const word of words.split(/\s+/)) families.set(word.toLowerCase(), family.toLowerCase());
    }
  }
  return {
    familyOf(lemma) {
      const lower = lemma.toLowerCase();
      return families.get(lower) ?? lower;
    },
  };
}
