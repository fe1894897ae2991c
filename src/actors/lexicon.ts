// Actor lexicons: TSV files under lexicons/actors (people with dated roles, organisations,
// places, titles, country aliases) plus countries from the world-countries package.
// Every row is validated; an error names file:line and the field.
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { Sector } from '../contract.js';
import type { ActorKind } from '../doc/layers.js';
import { lexiconPath } from '../lexicon-path.js';
import { readTsvAt } from '../lexicon-tsv.js';
import { needsExactCase, phraseKey } from './phrase-key.js';

const SECTORS = ['GOV', 'LEG', 'JUD', 'MIL', 'COP', 'OPP', 'PTY', 'REB', 'BUS', 'MED', 'CVL', 'NGO', 'CRM', 'SPY', 'IGO'] as const;
const sectorField = z.union([z.enum(SECTORS), z.literal('').transform(() => null)]);
const isoField = z.string().regex(/^([A-Z]{3}|IGO)?$/, 'expected an ISO 3166-1 alpha-3 code or IGO').transform((v) => v || null);
const dateField = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD').transform((v) => v || null);
const aliasesField = z.string().transform((v) => v.split('|').map((a) => a.trim()).filter(Boolean));

export interface RolePeriod {
  sector: Sector | null;
  country: string | null;
  role: string;
  start: string | null;
  end: string | null;
}

/** A named actor and its role in each period: a person's offices, an organisation's sector (the Taliban: REB, then GOV). */
export interface PersonRecord {
  name: string;
  periods: RolePeriod[];
}

export type LexiconEntry =
  | { kind: 'person'; person: PersonRecord; surnameOnly: boolean }
  | { kind: 'country'; country: string; name: string }
  | { kind: 'demonym'; country: string }
  /** A noun for a country's people: "the Palestinians", "Iraqis". */
  | { kind: 'people'; country: string }
  | { kind: 'organisation'; name: string; country: string | null; sector: Sector | null; orgKind: string; record: PersonRecord }
  | { kind: 'place'; name: string; country: string | null; placeKind: string }
  | { kind: 'title'; title: string; sector: Sector | null; group: boolean };

export interface Phrase {
  entry: LexiconEntry;
  /** The alias as written, when only that exact case may match. */
  exact: string | null;
  /** Written with a lower-case first letter ("al-Shabaab", "the Taliban"): may match mid-sentence in lower case. */
  lowerInitial: boolean;
  /** The alias's last word is capitalised ("Russia Today"): so must the text's be ("Russia today" is no outlet). */
  capitalisedEnd: boolean;
  tokens: number;
}

export class ActorLexicon {
  readonly phrases = new Map<string, Phrase[]>();
  readonly people = new Map<string, PersonRecord>();
  /** Definite descriptions ("the agency") and the kinds of named actor they refer back to. */
  readonly references = new Map<string, ActorKind[]>();
  /** Words that put an unknown name in a place's position ("the city of X", "trip to X"). */
  readonly placeCues = { placeNouns: new Set<string>(), motionWords: new Set<string>() };
  maxPhraseWords = 1;

  add(alias: string, entry: LexiconEntry): void {
    const key = phraseKey(alias);
    if (!key) return;
    const list = this.phrases.get(key) ?? [];
    if (entry.kind === 'person' && list.some((p) => p.entry.kind === 'person' && p.entry.person === entry.person)) return;
    const words = alias.trim().split(/[\s-]+/).length;
    list.push({ entry, exact: needsExactCase(alias) ? alias.replace(/\s+/g, '') : null, lowerInitial: /^\p{Ll}/u.test(alias.trim()), capitalisedEnd: words > 1 && /^\p{Lu}/u.test(alias.trim().split(/\s+/).pop() ?? ''), tokens: words });
    this.phrases.set(key, list);
    // Tokenisers split "U.S." or "then-Rep." further than whitespace does; leave room.
    this.maxPhraseWords = Math.max(this.maxPhraseWords, words * 2 + 1);
  }

  /** The person's role on `date` (YYYY, YYYY-MM or YYYY-MM-DD); the latest role when no date is known. */
  roleAt(person: PersonRecord, date: string | null): RolePeriod {
    const periods = person.periods;
    if (!date) return periods[periods.length - 1];
    const within = periods.filter((p) => (!p.start || p.start.slice(0, date.length) <= date) && (!p.end || date < p.end.slice(0, date.length) || p.end.slice(0, date.length) === date && date.length < 10));
    if (within.length > 0) return within[within.length - 1];
    const before = periods.filter((p) => !p.start || p.start <= date);
    return before.length > 0 ? before[before.length - 1] : periods[0];
  }
}


const personRow = z.object({ name: z.string().min(1), aliases: aliasesField, country: isoField, sector: sectorField, role: z.string(), start: dateField, end: dateField });
const organisationRow = z.object({ name: z.string().min(1), aliases: aliasesField, country: isoField, sector: sectorField, kind: z.string(), start: dateField, end: dateField });
const placeRow = z.object({ name: z.string().min(1), country: isoField, kind: z.string() });
const titleRow = z.object({ title: z.string().min(1), sector: sectorField, kind: z.enum(['person', 'group']), note: z.string() });
const referenceRow = z.object({
  phrase: z.string().regex(/^the( [a-z]+){1,3}$/, 'expected "the" and one to three lower-case words'),
  kinds: z.string().transform((v) => v.split('|')).pipe(z.array(z.enum(['outlet', 'organisation'])).min(1)),
  note: z.string(),
});
const placeCueRow = z.object({ cue: z.string().regex(/^[a-z]+$/, 'expected one lower-case word'), kind: z.enum(['place', 'motion']) });
const countryAliasRow = z.object({ alias: z.string().min(1), iso3: z.string().regex(/^[A-Z]{3}$/), kind: z.enum(['country', 'demonym', 'people']) });

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  unMember?: boolean;
}

/** The built-in actor lexicons, then those at each `--lexicon` location (`extra`), in order. */
export function loadActorLexicon(extra: readonly string[] = []): ActorLexicon {
  const lexicon = new ActorLexicon();
  for (const location of [lexiconPath('actors'), ...extra]) {
    for (const row of readTsvAt(location, 'country-aliases.tsv', countryAliasRow, ['alias', 'iso3', 'kind'])) {
      lexicon.add(row.alias, row.kind === 'country' ? { kind: 'country', country: row.iso3, name: row.alias } : { kind: row.kind, country: row.iso3 });
    }
    addPeople(lexicon, readTsvAt(location, 'people.tsv', personRow, ['name', 'aliases', 'country', 'sector', 'role', 'start', 'end']));
    addOrganisations(lexicon, readTsvAt(location, 'organisations.tsv', organisationRow, ['name', 'aliases', 'country', 'sector', 'kind', 'start', 'end']));
    for (const row of readTsvAt(location, 'places.tsv', placeRow, ['name', 'country', 'kind'])) {
      const entry: LexiconEntry = { kind: 'place', name: row.name.split('|')[0], country: row.country, placeKind: row.kind };
      for (const alias of row.name.split('|')) lexicon.add(alias, entry);
    }
    for (const row of readTsvAt(location, 'place-cues.tsv', placeCueRow, ['cue', 'kind'])) {
      (row.kind === 'place' ? lexicon.placeCues.placeNouns : lexicon.placeCues.motionWords).add(row.cue);
    }
    for (const row of readTsvAt(location, 'references.tsv', referenceRow, ['phrase', 'kinds', 'note'])) lexicon.references.set(row.phrase, row.kinds);
    for (const row of readTsvAt(location, 'titles.tsv', titleRow, ['title', 'sector', 'kind', 'note'])) {
      lexicon.add(row.title, { kind: 'title', title: row.title, sector: row.sector, group: row.kind === 'group' });
    }
  }
  // After the curated aliases, so "French" is France before the French Southern Territories.
  addCountries(lexicon);
  return lexicon;
}

function addCountries(lexicon: ActorLexicon): void {
  const require = createRequire(import.meta.url);
  // UN members first: their names and demonyms win over territories that share them.
  const countries = (require('world-countries/countries.json') as WorldCountry[]).sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false));
  for (const country of countries) {
    const entry: LexiconEntry = { kind: 'country', country: country.cca3, name: country.name.common };
    lexicon.add(country.name.common, entry);
    lexicon.add(country.name.official, entry);
    for (const alias of country.altSpellings) if (alias.length > 3 && !alias.includes(',')) lexicon.add(alias, entry);
    const demonym = country.demonyms?.eng?.m;
    if (!demonym) continue;
    lexicon.add(demonym, { kind: 'demonym', country: country.cca3 });
    // "Rwandan" → "Rwandans", "Iraqi" → "Iraqis"; other plurals ("Swiss", "Britons") are rows of country-aliases.tsv.
    if (/(an|i)$/.test(demonym)) lexicon.add(`${demonym}s`, { kind: 'people', country: country.cca3 });
  }
}

/** Rows of one organisation (one per period) become one entry; its country and sector are the current period's. */
function addOrganisations(lexicon: ActorLexicon, rows: z.infer<typeof organisationRow>[]): void {
  const byName = new Map<string, z.infer<typeof organisationRow>[]>();
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  for (const [name, periods] of byName) {
    const record: PersonRecord = {
      name,
      periods: periods.map((row) => ({ sector: row.sector, country: row.country, role: row.kind, start: row.start, end: row.end }))
        .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')),
    };
    const current = lexicon.roleAt(record, null);
    const entry: LexiconEntry = { kind: 'organisation', name, country: current.country, sector: current.sector, orgKind: periods[0].kind, record };
    for (const alias of new Set([name, ...periods.flatMap((row) => row.aliases)])) lexicon.add(alias, entry);
  }
}

function addPeople(lexicon: ActorLexicon, rows: z.infer<typeof personRow>[]): void {
  for (const row of rows) {
    let person = lexicon.people.get(row.name);
    const isNew = !person;
    person ??= { name: row.name, periods: [] };
    person.periods.push({ sector: row.sector, country: row.country, role: row.role, start: row.start, end: row.end });
    person.periods.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    lexicon.people.set(row.name, person);
    const aliases = isNew ? [row.name, ...row.aliases] : row.aliases;
    for (const alias of aliases) {
      const surnameOnly = !alias.includes(' ') && alias !== row.name;
      lexicon.add(alias, { kind: 'person', person, surnameOnly });
    }
  }
}
