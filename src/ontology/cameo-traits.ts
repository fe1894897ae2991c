// Traits of CAMEO codes (lexicons/codes/cameo-traits.tsv): whether coordinated subjects act on
// each other (reciprocal) and whether the two parties are interchangeable (symmetric). A code
// takes its own row's traits, else its nearest parent's.
import { z } from 'zod';
import { AnnalistError } from '../errors.js';
import { lexiconFiles } from '../lexicon-path.js';
import { cameoCodeField } from './ontology.js';
import { parseTsvTable, readTsvFile } from './tsv-table.js';

export const CAMEO_TRAITS = ['reciprocal', 'symmetric'] as const;
export type CameoTrait = (typeof CAMEO_TRAITS)[number];

export interface CameoTraits {
  /** Whether `code` has `trait`: its own row's traits, else those of its nearest parent with a row. */
  has(code: string, trait: CameoTrait): boolean;
}

const traitColumns = ['code', 'traits', 'note'] as const;
const traitRowSchema = z.object({
  code: cameoCodeField,
  traits: z
    .string()
    .transform((value) => value.split(';').map((part) => part.trim()).filter((part) => part !== ''))
    .pipe(z.array(z.enum(CAMEO_TRAITS, { message: `expected traits separated by ";": ${CAMEO_TRAITS.join(', ')}` }))),
  note: z.string(),
});

/** The built-in traits, then those at each `--lexicon` location (`extra`): a later file's row for a code replaces an earlier one. */
export function loadCameoTraits(extra: readonly string[] = []): CameoTraits {
  const traits = new Map<string, ReadonlySet<CameoTrait>>();
  for (const file of lexiconFiles('codes', 'cameo-traits.tsv', extra)) {
    const lines = new Map<string, number>();
    for (const row of parseTsvTable(readTsvFile(file), file, traitColumns, traitRowSchema)) {
      const first = lines.get(row.value.code);
      if (first !== undefined) throw new AnnalistError('lexicon', `code: ${row.value.code} appears twice (first on line ${first})`, { input: row.input });
      lines.set(row.value.code, row.line);
      traits.set(row.value.code, new Set(row.value.traits));
    }
  }
  return {
    has(code, trait) {
      for (let candidate = code; candidate.length >= 2; candidate = candidate.slice(0, -1)) {
        const found = traits.get(candidate);
        if (found) return found.has(trait);
      }
      return false;
    },
  };
}
