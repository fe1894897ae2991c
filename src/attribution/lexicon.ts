// The attribution lexicons under lexicons/attribution: reporting verbs (of one word or several) and
// nouns, cue phrases and the clause markers that make an event negated, denied, hypothetical or
// future. Every row is validated; an error names file:line and the field.
import { z } from 'zod';
import type { EventStatus } from '../contract.js';
import { lexiconPath } from '../lexicon-path.js';
import { readTsvAt } from '../lexicon-tsv.js';

export type VerbKind = 'speech' | 'thought' | 'evidence' | 'stance' | 'intention' | 'denial' | 'raising';

/**
 * What a cue's object is when its content is no clause: a `claim` its source makes ("reported an
 * attack", "denied the attack": an event there is the source's word) or the `target` of a stance
 * ("condemned the attack", "feared an attack": the article, not the source, tells of the event).
 */
export type ObjectRole = 'claim' | 'target';

export interface ReportingVerb {
  kind: VerbKind;
  /** Takes a hearer before the content: "told the Post that …". */
  hearer: boolean;
  object: ObjectRole;
}

export interface ReportingNoun {
  kind: VerbKind;
  object: ObjectRole;
}

export interface CuePhrase {
  /** Lower-cased words. */
  words: string[];
  source: 'after' | 'none';
}

export interface VerbPhrase {
  /** The first word as a lemma ("make" matches "made"), the rest lower-cased as written. */
  words: string[];
  verb: ReportingVerb;
}

export interface AttributionLexicon {
  /** By lemma (or lower-cased form, for forms the lemmatiser leaves alone: "retweeted"). */
  verbs: Map<string, ReportingVerb>;
  /** Nouns that report: "Trump's claim that …", by lemma. */
  nouns: Map<string, ReportingNoun>;
  /** Longest first, so "as reported by" wins over a shorter phrase at the same token. */
  phrases: CuePhrase[];
  /** Verbs of several words ("made clear", "took issue with"), longest first. */
  verbPhrases: VerbPhrase[];
  /** Lower-cased word → the status it gives the clause that follows it. */
  markers: Map<string, Exclude<EventStatus, 'asserted' | 'reported'>>;
}

const kind = z.enum(['speech', 'thought', 'evidence', 'stance', 'intention', 'denial', 'raising']);
/** Empty in a user's table written before the column: see objectRole. */
const object = z.enum(['claim', 'target', '']);
const verbRow = z.object({ lemma: z.string().min(1), kind, hearer: z.enum(['yes', 'no']), object });
const nounRow = z.object({ lemma: z.string().min(1), kind, object });
const phraseRow = z.object({ phrase: z.string().min(1), source: z.enum(['after', 'none']) });
const verbPhraseRow = z.object({ phrase: z.string().min(1), kind });
const markerRow = z.object({ word: z.string().min(1), status: z.enum(['negated', 'denied', 'hypothetical', 'future']) });

/** The built-in attribution lexicons, then those at each `--lexicon` location (`extra`), in order. */
export function loadAttributionLexicon(extra: readonly string[] = []): AttributionLexicon {
  const lexicon: AttributionLexicon = { verbs: new Map(), nouns: new Map(), phrases: [], verbPhrases: [], markers: new Map() };
  for (const location of [lexiconPath('attribution'), ...extra]) {
    for (const row of readTsvAt(location, 'reporting-verbs.tsv', verbRow, ['lemma', 'kind', 'hearer', 'object'])) {
      lexicon.verbs.set(row.lemma.toLowerCase(), { kind: row.kind, hearer: row.hearer === 'yes', object: objectRole(row.kind, row.object) });
    }
    for (const row of readTsvAt(location, 'reporting-nouns.tsv', nounRow, ['lemma', 'kind', 'object'])) {
      lexicon.nouns.set(row.lemma.toLowerCase(), { kind: row.kind, object: objectRole(row.kind, row.object) });
    }
    for (const row of readTsvAt(location, 'cue-phrases.tsv', phraseRow, ['phrase', 'source'])) {
      lexicon.phrases.push({ words: row.phrase.toLowerCase().split(/\s+/), source: row.source });
    }
    for (const row of readTsvAt(location, 'verb-phrases.tsv', verbPhraseRow, ['phrase', 'kind'])) {
      lexicon.verbPhrases.push({ words: row.phrase.toLowerCase().split(/\s+/), verb: { kind: row.kind, hearer: false, object: objectRole(row.kind, '') } });
    }
    for (const row of readTsvAt(location, 'clause-markers.tsv', markerRow, ['word', 'status'])) lexicon.markers.set(row.word.toLowerCase(), row.status);
  }
  lexicon.phrases.sort((a, b) => b.words.length - a.words.length);
  lexicon.verbPhrases.sort((a, b) => b.words.length - a.words.length);
  return lexicon;
}

/** A row's object role; where the column is empty, a stance or an intention has a target and the rest make claims. */
function objectRole(kind: VerbKind, written: ObjectRole | ''): ObjectRole {
  if (written !== '') return written;
  return kind === 'stance' || kind === 'intention' ? 'target' : 'claim';
}
