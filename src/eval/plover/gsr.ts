// The PLOVER gold standard records (PLOVER_GSR_CAMEO, OEDA 2016): one sentence each, with its
// event type in the PLOVER draft of the time. DOCUMENT records describe the file, not events.
// Of the actors, only their countries are read (the first three letters of each code).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AnnalistError } from '../../errors.js';
import type { Ontology, PloverType } from '../../ontology/ontology.js';
import { NO_COUNTRY } from '../country-parties.js';

// A side is a list of actors; a record without one leaves it out, or writes "", null or a word.
const sideSchema = z.union([z.array(z.object({ code: z.string().optional() })), z.string(), z.null()]).optional();

const recordSchema = z.object({
  id: z.string(),
  event: z.string(),
  date: z.string().optional(),
  text: z.string().optional(),
  source: sideSchema,
  target: sideSchema,
});

// Spellings in the file that are neither ISO-3 nor CAMEO, for the country the sentence names.
const COUNTRY_SPELLINGS: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
// CAMEO's transnational codes: the party has no country (al-Qaeda is IMG, a forum NGO).
const NO_COUNTRY_CODES = new Set(['NGO', 'IMG']);

function countries(side: z.infer<typeof sideSchema>): string[] {
  if (!Array.isArray(side)) return [];
  return side.map(({ code }) => {
    const country = (code ?? '').slice(0, 3).toUpperCase();
    return NO_COUNTRY_CODES.has(country) ? NO_COUNTRY : COUNTRY_SPELLINGS[country] ?? country;
  });
}

export interface GsrRecord {
  id: string;
  /** YYYY-MM-DD, the date the record gives for the sentence. */
  date: string | null;
  text: string;
  /** The gold event type in current PLOVER names. */
  type: PloverType;
  /** The name as the file writes it (DEMAND, DISAPPROVE …). */
  writtenType: string;
  /** The countries of the source actors, in file order (NO_COUNTRY for a party without one); empty: no source. */
  sources: string[];
  /** The same for the target actors. */
  targets: string[];
}

export interface GsrFile {
  records: GsrRecord[];
  /** Records left out, each with why: DOCUMENT records, types with no single current successor. */
  skipped: { id: string; reason: string }[];
}

export function loadGsr(file: string, ontology: Ontology): GsrFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AnnalistError('input', `cannot read the PLOVER gold file: ${(error as Error).message}`, { input: file });
  }
  const parsed = z.array(recordSchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AnnalistError('input', `record ${String(issue.path[0])}: field '${issue.path.slice(1).map(String).join('.')}': ${issue.message}`, { input: file });
  }
  const result: GsrFile = { records: [], skipped: [] };
  for (const record of parsed.data) {
    if (record.event === 'DOCUMENT') {
      result.skipped.push({ id: record.id, reason: 'DOCUMENT record (describes the file)' });
      continue;
    }
    const type = ontology.ploverTypeForLegacy(record.event);
    if (!type || !record.text) {
      result.skipped.push({ id: record.id, reason: record.text ? `type ${record.event} has no single current PLOVER type` : 'no text' });
      continue;
    }
    result.records.push({
      id: record.id, date: record.date ?? null, text: record.text, type, writtenType: record.event,
      sources: countries(record.source), targets: countries(record.target),
    });
  }
  return result;
}
