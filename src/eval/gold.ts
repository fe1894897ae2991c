// Gold event files (/work/shared/gold/FORMAT.md): one article per JSONL line, with the
// events a careful annotator reads in it. Validated on load; an error names `file:line`
// and the field, so a typo in line 40 of a gold file is found before any scoring runs.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AnnalistError } from '../errors.js';

const SECTORS = [
  'GOV', 'LEG', 'JUD', 'MIL', 'COP', 'OPP', 'PTY', 'REB',
  'BUS', 'MED', 'CVL', 'NGO', 'CRM', 'SPY', 'IGO',
] as const;

const STATUSES = ['asserted', 'negated', 'hypothetical', 'future', 'denied', 'reported'] as const;

// Strict objects: a misspelt key ("optinal", "recipeint") would otherwise be dropped in
// silence and change the score without anyone noticing.
export const goldActorSchema = z.strictObject({
  name: z.string().trim().min(1, 'a name must not be empty; use null for a state acting as a whole').nullable(),
  country: z
    .string()
    .regex(/^(?:[A-Z]{3})$/, 'expected an ISO 3166-1 alpha-3 code (USA, VEN) or IGO')
    .nullable(),
  sector: z.enum(SECTORS).nullable(),
});

export const goldEventSchema = z.strictObject({
  actor: goldActorSchema.nullable(),
  recipient: goldActorSchema.nullable(),
  cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code of 2 to 4 digits ("04", "041", "1041")'),
  date: z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: 2018, 2018-09 or 2018-09-14')
    .nullable(),
  status: z.enum(STATUSES),
  evidence: z.string().min(1, 'evidence must quote the span that states the event'),
  optional: z.boolean().default(false),
});

export const goldArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
    .nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string(),
  events: z.array(goldEventSchema),
});

export type GoldActor = z.infer<typeof goldActorSchema>;
export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;

/** Reads and validates a gold JSONL file. Blank lines are skipped. */
export function readGoldFile(path: string): GoldArticle[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    // Not malformed, just absent or unreadable: an input problem like any other file.
    throw new AnnalistError('input', `cannot read gold file: ${(cause as Error).message}`, { input: path, cause });
  }
  return parseGold(text, path);
}

/** Parses gold JSONL text; `source` names it in errors (`source:line`). */
export function parseGold(text: string, source: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const input = `${source}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new AnnalistError('gold', `not valid JSON: ${(cause as Error).message}`, { input, cause });
    }
    const parsed = goldArticleSchema.safeParse(value);
    if (!parsed.success) {
      throw new AnnalistError('gold', describeIssues(parsed.error), { input, cause: parsed.error });
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) {
      throw new AnnalistError('gold', `id: duplicate article id '${parsed.data.id}' (first on line ${earlier})`, { input });
    }
    seen.set(parsed.data.id, i + 1);
    articles.push(parsed.data);
  }
  return articles;
}

/** "events[2].actor.country: expected an ISO 3166-1 alpha-3 code …" for the first issue. */
function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = formatPath(issue.path);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${field || '(line)'}: ${issue.message}${more}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
