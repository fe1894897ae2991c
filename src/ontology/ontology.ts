// The event ontology: every CAMEO code with its name, QuadClass and Goldstein score, and the
// PLOVER type, mode and context it maps to. The tables live in lexicons/codes/ so a user can
// read them and add a code; they are validated row by row on load.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AnnalistError } from '../errors.js';
import { parseTsvTable, readTsvFile, type TsvRow } from './tsv-table.js';

/** The 16 event types of PLOVER Draft 0.8 (2021), in the manual's order. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE',
  'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/**
 * Where a PLOVER mapping comes from: the published conversion table, the closest parent code,
 * annalist's own choice for the CAMEO 01 and 02 families that PLOVER drops, or a user's row.
 */
export const PLOVER_SOURCES = ['cameo2plover', 'parent', 'annalist', 'user'] as const;
export type PloverSource = (typeof PLOVER_SOURCES)[number];

export interface PloverMapping {
  type: PloverType;
  mode: string | null;
  context: readonly string[];
  source: PloverSource;
}

export interface CameoDescription {
  /** The code described: `requested` itself, or its nearest known parent. */
  code: string;
  /** The code asked for. */
  requested: string;
  name: string;
  rootCode: string;
  rootName: string;
  quadClass: QuadClass;
  goldstein: number;
  plover: PloverMapping;
}

export interface Ontology {
  /** Describes a code; an unknown sub-code falls back to its nearest known parent ("0415" → "041"). */
  describe(code: string): CameoDescription;
  isKnown(code: string): boolean;
  /** Every code, roots included, in table order. */
  codes(): string[];
  /** Maps an older PLOVER type name (DISAPPROVE, DEMAND…) or a current one to the current type; null if neither. */
  ploverTypeForLegacy(name: string): PloverType | null;
}

export const CAMEO_FILE = 'cameo.tsv';
export const CAMEO_PLOVER_FILE = 'cameo-plover.tsv';
export const PLOVER_LEGACY_FILE = 'plover-legacy-names.tsv';

// The repo root is two levels up from src/ontology/ (vitest) and dist/ontology/ (tsc) alike.
export const DEFAULT_CODES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'lexicons', 'codes');

/** QuadClass of a CAMEO root, as GDELT assigns it: 01–05, 06–09, 10–14, 15–20. */
export function quadClassForRoot(root: string): QuadClass {
  const n = Number(root);
  if (!Number.isInteger(n) || n < 1 || n > 20) {
    throw new AnnalistError('input', `not a CAMEO root: '${root}'; roots run from 01 to 20`);
  }
  return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}

const CODE_PATTERN = /^(?:0[1-9]|1\d|20)\d{0,2}$/;
/** A CAMEO code in a lexicon table: 2 to 4 digits under a root 01 to 20. */
export const cameoCodeField = z.string().regex(CODE_PATTERN, 'expected a CAMEO code of 2 to 4 digits under a root 01 to 20 ("04", "041", "1041")');
const slug = /^[a-z][a-z0-9_-]*$/;

const cameoColumns = ['code', 'name', 'quad_class', 'goldstein', 'note'] as const;
const cameoRowSchema = z
  .object({
    code: cameoCodeField,
    name: z.string().min(1, 'a name must not be empty'),
    quad_class: z
      .string()
      .regex(/^[1-4]$/, 'expected a QuadClass 1, 2, 3 or 4')
      .transform((value) => Number(value) as QuadClass),
    goldstein: z
      .string()
      .regex(/^-?\d+(?:\.\d+)?$/, 'expected a Goldstein score, a number from -10 to 10 ("-2.0", "3.4")')
      .transform(Number)
      .refine((value) => value >= -10 && value <= 10, 'expected a Goldstein score from -10 to 10'),
    note: z.string(),
  })
  .superRefine((row, ctx) => {
    if (!CODE_PATTERN.test(row.code)) return;
    const expected = quadClassForRoot(row.code.slice(0, 2));
    if (row.quad_class !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['quad_class'],
        message: `QuadClass ${row.quad_class} contradicts root ${row.code.slice(0, 2)}, which is QuadClass ${expected}`,
      });
    }
  });

const ploverColumns = ['cameo', 'plover_type', 'mode', 'context', 'source', 'note'] as const;
const ploverRowSchema = z.object({
  cameo: cameoCodeField,
  plover_type: z.string().min(1, `a PLOVER type is required: one of ${PLOVER_TYPES.join(', ')}`),
  mode: z
    .string()
    .refine((value) => value === '' || slug.test(value), 'expected one lowercase mode such as "visit" or "heavy-weapons", or nothing')
    .transform((value) => (value === '' ? null : value)),
  context: z
    .string()
    .transform((value) => value.split(';').map((part) => part.trim()).filter((part) => part !== ''))
    .refine((parts) => parts.every((part) => slug.test(part)), 'expected lowercase contexts separated by ";" ("military;legal"), or nothing'),
  source: z.enum(PLOVER_SOURCES, { message: `expected a source: ${PLOVER_SOURCES.join(', ')}` }),
  note: z.string(),
});

const legacyColumns = ['legacy', 'current', 'note'] as const;
const legacyRowSchema = z.object({
  legacy: z.string().regex(/^[A-Z][A-Z_]*$/, 'expected an upper-case PLOVER type name such as DISAPPROVE'),
  current: z.enum(PLOVER_TYPES, { message: `expected a current PLOVER type: ${PLOVER_TYPES.join(', ')}` }),
  note: z.string(),
});

const ploverTypeSet = new Set<string>(PLOVER_TYPES);

function parentOf(code: string): string | null {
  return code.length > 2 ? code.slice(0, code.length === 4 ? 3 : 2) : null;
}

/** Loads and validates the three tables in `dir`; throws AnnalistError('lexicon') naming `file:line` and the field. */
export function loadOntology(dir: string = DEFAULT_CODES_DIR): Ontology {
  const cameoFile = path.join(dir, CAMEO_FILE);
  const ploverFile = path.join(dir, CAMEO_PLOVER_FILE);
  const legacyFile = path.join(dir, PLOVER_LEGACY_FILE);

  const legacy = new Map<string, PloverType>();
  for (const row of parseTsvTable(readTsvFile(legacyFile), legacyFile, legacyColumns, legacyRowSchema)) {
    const { legacy: name, current } = row.value;
    if (ploverTypeSet.has(name)) {
      throw new AnnalistError('lexicon', `legacy: ${name} is a current PLOVER type and maps to itself; remove the row`, { input: row.input });
    }
    if (legacy.has(name)) throw new AnnalistError('lexicon', `legacy: ${name} appears twice`, { input: row.input });
    legacy.set(name, current);
  }

  const cameoRows = parseTsvTable(readTsvFile(cameoFile), cameoFile, cameoColumns, cameoRowSchema);
  const cameo = new Map<string, TsvRow<z.output<typeof cameoRowSchema>>>();
  for (const row of cameoRows) {
    const first = cameo.get(row.value.code);
    if (first) throw new AnnalistError('lexicon', `code: ${row.value.code} appears twice (first on line ${first.line})`, { input: row.input });
    cameo.set(row.value.code, row);
  }
  for (const row of cameoRows) {
    const parent = parentOf(row.value.code);
    if (parent !== null && !cameo.has(parent)) {
      throw new AnnalistError('lexicon', `code: ${row.value.code} needs its parent ${parent} in ${CAMEO_FILE}`, { input: row.input });
    }
  }

  const plover = new Map<string, PloverMapping>();
  const ploverLines = new Map<string, number>();
  for (const row of parseTsvTable(readTsvFile(ploverFile), ploverFile, ploverColumns, ploverRowSchema)) {
    const { cameo: code, plover_type: typeName, mode, context, source } = row.value;
    if (!ploverTypeSet.has(typeName)) {
      const successor = legacy.get(typeName.toUpperCase());
      const hint = successor ? `; ${typeName} is an older PLOVER name, now ${successor}` : '';
      throw new AnnalistError('lexicon', `plover_type: '${typeName}' is not a PLOVER type (${PLOVER_TYPES.join(', ')})${hint}`, { input: row.input });
    }
    if (!cameo.has(code)) {
      throw new AnnalistError('lexicon', `cameo: ${code} is not in ${CAMEO_FILE}; add it there first`, { input: row.input });
    }
    const first = ploverLines.get(code);
    if (first !== undefined) throw new AnnalistError('lexicon', `cameo: ${code} appears twice (first on line ${first})`, { input: row.input });
    ploverLines.set(code, row.line);
    plover.set(code, Object.freeze({ type: typeName as PloverType, mode, context: Object.freeze(context), source }));
  }

  // A code the mapping leaves out takes its closest parent's; parents come first when sorted by length.
  const byLength = [...cameo.keys()].sort((a, b) => a.length - b.length);
  for (const code of byLength) {
    if (plover.has(code)) continue;
    const parent = parentOf(code);
    const inherited = parent === null ? undefined : plover.get(parent);
    if (!inherited) {
      throw new AnnalistError('lexicon', `code: root ${code} has no PLOVER type in ${CAMEO_PLOVER_FILE}, and a root has no parent to inherit one from`, { input: cameo.get(code)!.input });
    }
    plover.set(code, Object.freeze({ ...inherited, source: 'parent' as const }));
  }

  const descriptions = new Map<string, CameoDescription>();
  for (const row of cameoRows) {
    const { code, name, quad_class: quadClass, goldstein } = row.value;
    const rootCode = code.slice(0, 2);
    descriptions.set(code, Object.freeze({
      code,
      requested: code,
      name,
      rootCode,
      rootName: cameo.get(rootCode)!.value.name,
      quadClass,
      goldstein,
      plover: plover.get(code)!,
    }));
  }
  const allCodes = cameoRows.map((row) => row.value.code);

  return {
    describe(code: string): CameoDescription {
      const requested = code.trim();
      if (!/^\d{2,4}$/.test(requested)) {
        throw new AnnalistError('input', `not a CAMEO code: '${code}'; expected 2 to 4 digits ("04", "041", "1041")`);
      }
      for (let candidate = requested; candidate.length >= 2; candidate = candidate.slice(0, -1)) {
        const found = descriptions.get(candidate);
        if (found) return candidate === requested ? found : { ...found, requested };
      }
      throw new AnnalistError('input', `unknown CAMEO code '${requested}': neither it nor a parent is in ${CAMEO_FILE}; roots run from 01 to 20`);
    },
    isKnown(code: string): boolean {
      return descriptions.has(code.trim());
    },
    codes(): string[] {
      return [...allCodes];
    },
    ploverTypeForLegacy(name: string): PloverType | null {
      const upper = name.trim().toUpperCase();
      if (ploverTypeSet.has(upper)) return upper as PloverType;
      return legacy.get(upper) ?? null;
    },
  };
}
