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
  /** The input's own id (`id` in JSONL, JSON or a POST); absent when it had none, and then `source` stands for it. */
  doc_id?: string;
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
  /** Content hash of the article's text (Article.id). */
  article_id: string;
  /** The article's own id as the input gave it, else its file path as given (Article.doc_id): what the user joins on. */
  doc_id: string;
  /** The article's title, URL, outlet and publication date, as stored with it. */
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
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
  /**
   * The sentences of the event's other mentions in the same article ("the call" told again
   * further down), in text order; never the evidence sentence, and empty when there are none.
   */
  other_evidence: Span[];
  /** Trigger words of the event, inside the evidence. */
  trigger: Span;
  /** Stable id of the pattern that fired, e.g. `041.phone-call.v1`. */
  rule: string;
  confidence: number;
}

/** One report of a consolidated event: where it was said, by whom, and how. */
export interface EventMentionRef {
  /** The event mention's id (as `annalist extract` prints it). */
  id: string;
  article_id: string;
  /** The article's own id as the input gave it, else its source (EventRecord.doc_id), and its URL. */
  doc_id: string;
  url: string | null;
  outlet: string | null;
  /** Publication date of the article. */
  published: string | null;
  status: EventStatus;
  attribution: Attribution;
  evidence: Span;
  /** The report's other sentences about the event (EventRecord.other_evidence). */
  other_evidence: Span[];
  rule: string;
}

/**
 * One happening, however many articles report it: the fields of its most informative mention
 * (`id` is the event's own, stable across runs and ingest orders), its mentions, and where
 * it was reported first.
 */
export interface ConsolidatedEvent extends EventRecord {
  /** Id of the mention whose fields the event carries (one of `mentions`). */
  head_mention: string;
  /** The story (group of articles about the same happening) of the first report. */
  story: string;
  mentions: EventMentionRef[];
  num_mentions: number;
  num_articles: number;
  /** Distinct outlets; an article with no outlet counts as a source of its own. */
  num_sources: number;
  first_reported: { article_id: string; outlet: string | null; published: string | null };
  /** Mentions per status: more than one key means the reports disagree (asserted vs denied). */
  statuses: Partial<Record<EventStatus, number>>;
  /** The attribution trail in words: who reported it first and who confirmed or denied it. */
  trail: string;
}
