// Every lexicon annalist reads, in one registry: the files under lexicons/, then those at each
// `--lexicon` location (a folder holding files named like the built-in ones, a file so named,
// or an event-pattern .jsonl file). `createAnnalist` loads it once and hands each stage the part
// it reads; no module keeps a copy of its own, so a user's file reaches every stage that reads it.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadActorLexicon, type ActorLexicon } from './actors/lexicon.js';
import { loadAttributionLexicon, type AttributionLexicon } from './attribution/lexicon.js';
import { loadFurnitureLines, type FurnitureLexicon } from './clean/furniture-lexicon.js';
import { loadEventFamilies, type EventFamilies } from './consolidate/event-families.js';
import { AnnalistError } from './errors.js';
import { loadEventLexicon, type EventLexicon } from './events/event-lexicon.js';
import { loadPatterns, type EventPattern } from './events/pattern.js';
import { loadTitleAbbreviations } from './nlp/abbreviations.js';
import { loadCameoTraits, type CameoTraits } from './ontology/cameo-traits.js';
import { loadOntology, type Ontology } from './ontology/ontology.js';

export interface Lexicons {
  /** lexicons/clean/furniture-lines.txt: lines of share buttons and advertising. */
  furnitureLines: FurnitureLexicon;
  /** lexicons/nlp/title-abbreviations.txt: "Rep." does not end a sentence. */
  titleAbbreviations: ReadonlySet<string>;
  /** lexicons/actors: people, organisations, places, titles, countries. */
  actors: ActorLexicon;
  /** lexicons/attribution: reporting verbs and nouns, cue phrases, clause markers. */
  attribution: AttributionLexicon;
  /** lexicons/events/*.jsonl: the event patterns. */
  eventPatterns: EventPattern[];
  /** lexicons/events/*.tsv: target nouns, dated event nouns. */
  events: EventLexicon;
  /** lexicons/codes: CAMEO codes and their PLOVER mapping (not extended by `--lexicon`). */
  codes: Ontology;
  /** lexicons/codes/cameo-traits.tsv: reciprocal and symmetric codes. */
  cameoTraits: CameoTraits;
  /** lexicons/consolidate/event-families.tsv: words that name the same kind of happening. */
  eventFamilies: EventFamilies;
}

/** What the stages before actors read: a timex pipeline needs no more. */
export type TextLexicons = Pick<Lexicons, 'furnitureLines' | 'titleAbbreviations'>;

/** What consolidating stored mentions into events reads: `annalist consolidate` needs no more. */
export type ConsolidationLexicons = Pick<Lexicons, 'cameoTraits' | 'eventFamilies'>;

/** The names a `--lexicon` file may have: those of the built-in lexicons it extends. */
export const LEXICON_FILE_NAMES: readonly string[] = [
  'furniture-lines.txt',
  'title-abbreviations.txt',
  'country-aliases.tsv', 'organisations.tsv', 'people.tsv', 'place-cues.tsv', 'places.tsv', 'references.tsv', 'titles.tsv',
  'clause-markers.tsv', 'cue-phrases.tsv', 'reporting-nouns.tsv', 'reporting-verbs.tsv', 'verb-phrases.tsv',
  'target-nouns.tsv', 'dated-event-nouns.tsv',
  'cameo-traits.tsv',
  'event-families.tsv',
];

/** The built-in lexicons and those at each `--lexicon` location (`extra`). */
export function loadLexicons(extra: readonly string[] = []): Lexicons {
  const text = loadTextLexicons(extra);
  const codes = loadOntology();
  const eventPatterns = loadPatterns(extra);
  // A pattern's code must be known (or have a known parent) before any article is coded.
  for (const pattern of eventPatterns) codes.describe(pattern.cameo);
  return {
    ...text,
    ...loadConsolidationLexicons(extra),
    actors: loadActorLexicon(extra),
    attribution: loadAttributionLexicon(extra),
    eventPatterns,
    events: loadEventLexicon(extra),
    codes,
  };
}

export function loadTextLexicons(extra: readonly string[] = []): TextLexicons {
  checkLexiconLocations(extra);
  return { furnitureLines: loadFurnitureLines(extra), titleAbbreviations: loadTitleAbbreviations(extra) };
}

export function loadConsolidationLexicons(extra: readonly string[] = []): ConsolidationLexicons {
  checkLexiconLocations(extra);
  return { cameoTraits: loadCameoTraits(extra), eventFamilies: loadEventFamilies(extra) };
}

/** Each location must exist, and a file must be named for the lexicon it extends; a misnamed one would be read by none. */
export function checkLexiconLocations(extra: readonly string[]): void {
  for (const location of extra) {
    if (!existsSync(location)) throw new AnnalistError('lexicon', 'lexicon path not found', { input: location });
    const name = path.basename(location);
    if (statSync(location).isFile() && !name.endsWith('.jsonl') && !LEXICON_FILE_NAMES.includes(name)) {
      throw new AnnalistError('lexicon', `'${name}' is not a lexicon name: name the file like the lexicon it extends (${LEXICON_FILE_NAMES.join(', ')}), or .jsonl for event patterns`, { input: location });
    }
  }
}
