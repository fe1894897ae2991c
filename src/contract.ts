// The data contracts of DESIGN.md: what goes in (Article) and what comes out (EventRecord).
// Field names follow the published contract (snake_case), not TypeScript habit.

/** One input article, as ingested. `text` is kept exactly as given: every offset points into it. */
export interface Article {
  /** Content hash of the normalized text: the same article ingested twice has the same id. */
  id: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) of publication, or null when unknown. */
  published: string | null;
  outlet: string | null;
  url: string | null;
  text: string;
  /** Where the article came from: a path, `path:line` for JSONL, or `stdin`. */
  source: string;
}

export type Sector =
  | 'GOV' | 'LEG' | 'JUD' | 'MIL' | 'COP' | 'OPP' | 'PTY' | 'REB'
  | 'BUS' | 'MED' | 'CVL' | 'NGO' | 'CRM' | 'SPY' | 'IGO';

/** Every Sector, for validating filters and listing choices. */
export const SECTORS: readonly Sector[] = [
  'GOV', 'LEG', 'JUD', 'MIL', 'COP', 'OPP', 'PTY', 'REB', 'BUS', 'MED', 'CVL', 'NGO', 'CRM', 'SPY', 'IGO',
];

export interface ActorRef {
  /** The words in the article that name the actor. */
  text: string;
  /** Canonical person or organisation name; null for a state or its government acting as a whole. */
  name: string | null;
  /** ISO 3166-1 alpha-3, or 'IGO'. */
  country: string | null;
  sector: Sector | null;
  /** CAMEO actor code such as USAGOV. */
  code: string | null;
}

export type EventStatus = 'asserted' | 'reported' | 'negated' | 'denied' | 'hypothetical' | 'future';
export const EVENT_STATUSES: readonly EventStatus[] = ['asserted', 'reported', 'negated', 'denied', 'hypothetical', 'future'];
/** `narrative`: no date in the event's clause; taken from the latest dated event of the same people. */
export type DateSource = 'text' | 'narrative' | 'publication' | 'none';

export interface Span {
  /** JavaScript string offsets into Article.text. */
  start: number;
  end: number;
  text: string;
}

export interface Attribution {
  speaker: string | null;
  outlets: string[];
  cue: string | null;
}

export interface EventRecord {
  id: string;
  article_id: string;
  actor: ActorRef | null;
  recipient: ActorRef | null;
  cameo: string;
  cameo_name: string;
  quad_class: 1 | 2 | 3 | 4;
  goldstein: number;
  plover: { type: string; mode: string | null };
  /** ISO 8601 at the granularity the text supports (2018, 2018-09, 2018-09-14), or null. */
  date: string | null;
  date_source: DateSource;
  /** The words the date was read from, when it came from the text. */
  date_text: string | null;
  status: EventStatus;
  attribution: Attribution;
  location: string | null;
  evidence: Span;
  /** Trigger words of the event, inside the evidence. */
  trigger: Span;
  /** Stable id of the pattern that fired, e.g. `041.phone-call.v1`. */
  rule: string;
  confidence: number;
}
