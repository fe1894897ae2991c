// The shapes the HTTP API reads and writes, as zod schemas: they validate requests and are
// the source of the OpenAPI description at /api/openapi.json. They mirror src/contract.ts.
import { z } from '@hono/zod-openapi';
import { EVENT_STATUSES, SECTORS, type EventStatus, type Sector } from '../contract.js';
import { formatNames } from '../export/index.js';
import { articleRecord } from '../ingest/article-record.js';
import { PLOVER_TYPES } from '../ontology/ontology.js';

const sectors = SECTORS as [Sector, ...Sector[]];
const statuses = EVENT_STATUSES as [EventStatus, ...EventStatus[]];

export const ErrorSchema = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    /** One entry per invalid field, for validation errors. */
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
}).openapi('Error');

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).openapi('Span');

const ActorRefSchema = z.object({
  text: z.string(),
  name: z.string().nullable(),
  country: z.string().nullable(),
  sector: z.enum(sectors).nullable(),
  code: z.string().nullable(),
}).openapi('ActorRef');

export const EventRecordSchema = z.object({
  id: z.string(),
  article_id: z.string().openapi({ description: 'Content hash of the article text.' }),
  doc_id: z.string().openapi({ description: 'The article\'s own id as the input gave it (its `id`), else the file path as given.' }),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable().openapi({ description: 'Publication date of the article (YYYY-MM-DD).' }),
  actor: ActorRefSchema.nullable(),
  recipient: ActorRefSchema.nullable(),
  cameo: z.string(),
  cameo_name: z.string(),
  quad_class: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number(),
  plover: z.object({ type: z.string(), mode: z.string().nullable() }),
  date: z.string().nullable(),
  date_source: z.string().openapi({ description: 'Where the date came from: text, narrative, publication or none.' }),
  date_text: z.string().nullable(),
  status: z.enum(statuses),
  attribution: z.object({ speaker: z.string().nullable(), outlets: z.array(z.string()), cue: z.string().nullable() }),
  location: z.string().nullable(),
  evidence: SpanSchema,
  other_evidence: z.array(SpanSchema).openapi({ description: 'Sentences of the other mentions of the event in the same article, in text order.' }),
  trigger: SpanSchema,
  rule: z.string(),
  confidence: z.number(),
}).openapi('EventMention');

export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string(),
}).openapi('ArticleSummary');

const ArticleSchema = ArticleSummarySchema.extend({ text: z.string() }).openapi('Article');

// Query values arrive as strings; an empty one means "no filter", as in the Store.
const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};
const optionalText = (description: string) => z.string().max(500).optional().openapi({ description });

export const VIEWS = ['events', 'mentions'] as const;

/** Filters shared by every endpoint that selects events. */
export const SelectionQuery = z.object({
  view: z.enum(VIEWS).default('events').openapi({
    description: 'events (the default): one row per happening, however many articles report it, with its mentions, '
      + 'counts of articles and outlets, and attribution trail; filters, counts and summaries then go by the mention '
      + 'that speaks for each event (its head). mentions: one row per report of an event in an article, as extracted.',
  }),
  actor: optionalText('Actor or recipient: canonical name or words as written (case-insensitive substring), or CAMEO actor code prefix.'),
  actor_key: optionalText('Actor or recipient, exactly: an actor key as listed by /api/actors.'),
  country: z.string().regex(/^([A-Za-z]{3})?$/, 'must be an ISO 3166-1 alpha-3 code such as VEN, or IGO').optional()
    .openapi({ description: 'ISO 3166-1 alpha-3 of actor or recipient.' }),
  sector: z.enum(sectors).optional().openapi({ description: 'Sector of actor or recipient.' }),
  code: z.string().regex(/^\d{0,4}$/, 'must be a CAMEO event code or root of one to four digits, such as 04 or 041').optional()
    .openapi({ description: 'CAMEO event code prefix: a root (04) or a code (041).' }),
  plover: z.enum(PLOVER_TYPES).optional().openapi({ description: 'PLOVER event type.' }),
  quad_class: wholeNumber(1, 4).optional().openapi({ description: '1 verbal cooperation … 4 material conflict.' }),
  status: z.enum(statuses).optional(),
  q: optionalText('Case-insensitive text in the evidence sentence.'),
  article: optionalText('Events of this article id only.'),
  since: optionalText('Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; compared at the event date\'s granularity).'),
  until: optionalText('Events on or before this date.'),
});

export const EventsQuery = SelectionQuery.extend({
  cursor: optionalText('The next_cursor of the previous page.'),
  limit: wholeNumber(1, 1000).default(100),
}).strict();

const FirstReportSchema = z.object({
  article_id: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
}).openapi('FirstReport');

const statusCounts = z.partialRecord(z.enum(statuses), z.number().int()).openapi({
  description: 'Mentions per status: more than one key means the reports disagree (asserted vs denied).',
});

/** What a consolidated event adds to the fields of its head mention (contract.ts ConsolidatedEvent). */
const consolidation = {
  head_mention: z.string().openapi({ description: 'Id of the mention whose fields the event carries.' }),
  num_mentions: z.number().int(),
  num_articles: z.number().int(),
  num_sources: z.number().int().openapi({ description: 'Distinct outlets; an article with no outlet counts as a source of its own.' }),
  first_reported: FirstReportSchema,
  statuses: statusCounts,
  trail: z.string().openapi({ description: 'The attribution trail in words: who reported it first, who confirmed or denied it.' }),
};

const MentionRefSchema = z.object({
  id: z.string(),
  article_id: z.string(),
  doc_id: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  status: z.enum(statuses),
  attribution: z.object({ speaker: z.string().nullable(), outlets: z.array(z.string()), cue: z.string().nullable() }),
  evidence: SpanSchema,
  other_evidence: z.array(SpanSchema),
  rule: z.string(),
}).openapi('MentionRef');

export const ConsolidatedEventSchema = EventRecordSchema.extend({
  ...consolidation,
  story: z.string().openapi({ description: 'The story (group of articles about the same happening) of the first report.' }),
  mentions: z.array(MentionRefSchema).openapi({ description: 'Every report of the event, earliest publication first.' }),
}).openapi('ConsolidatedEvent');

export const EventsPageSchema = z.object({
  events: z.array(z.union([ConsolidatedEventSchema, EventRecordSchema])).openapi({
    description: 'Consolidated events (view=events) or event mentions (view=mentions).',
  }),
  /** Pass as `cursor` for the next page; null on the last page. */
  next_cursor: z.string().nullable(),
  /** Events matching the filters, over all pages. */
  total: z.number().int(),
}).openapi('EventsPage');

export const MentionSchema = EventRecordSchema.extend({
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  article: ArticleSummarySchema.nullable(),
}).openapi('Mention');

export const EventDetailSchema = EventRecordSchema.extend({
  ...consolidation,
  cameo_root: z.string(),
  cameo_root_name: z.string(),
  story: z.string().nullable().openapi({ description: 'The story of the first report; null for a single mention.' }),
  mentions: z.array(MentionSchema).openapi({
    description: 'Every mention of the event, earliest publication first, each with its article; the one mention for a mention id.',
  }),
}).openapi('Event');

export const ExportQuery = SelectionQuery.extend({
  format: z.enum(formatNames as [string, ...string[]]).default('csv'),
  header: z.enum(['true', 'false']).optional().openapi({ description: 'A header row for gdelt, whose files have none.' }),
}).strict();

export const ActorsQuery = SelectionQuery.extend({
  limit: wholeNumber(1, 1000).default(100),
}).strict();

const ActorRoleSchema = z.object({
  code: z.string().nullable(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
  events: z.number().int(),
  first: z.string().nullable(),
  last: z.string().nullable(),
}).openapi('ActorRole');

export const ActorSummarySchema = z.object({
  key: z.string(),
  name: z.string().nullable(),
  events: z.number().int(),
  aliases: z.array(z.string()),
  roles: z.array(ActorRoleSchema),
}).openapi('Actor');

export const ActorDetailSchema = ActorSummarySchema.extend({
  /** Dated roles from the people lexicon, for a person it knows. */
  lexicon_roles: z.array(z.object({
    role: z.string(),
    country: z.string().nullable(),
    sector: z.string().nullable(),
    start: z.string().nullable(),
    end: z.string().nullable(),
  })),
}).openapi('ActorDetail');

export const DyadSchema = z.object({
  source: z.string(),
  target: z.string(),
  events: z.number().int(),
  verbal_cooperation: z.number().int(),
  material_cooperation: z.number().int(),
  verbal_conflict: z.number().int(),
  material_conflict: z.number().int(),
}).openapi('Dyad');

export const TimelineQuery = SelectionQuery.extend({
  interval: z.enum(['day', 'week', 'month']).default('month'),
  by: z.enum(['quad_class', 'plover']).default('quad_class'),
}).strict();

export const TimelineSchema = z.object({
  interval: z.enum(['day', 'week', 'month']),
  group: z.enum(['quad_class', 'plover']),
  buckets: z.array(z.object({ period: z.string(), group: z.string(), events: z.number().int() })),
  coarser: z.number().int(),
  undated: z.number().int(),
}).openapi('Timeline');

export const SegmentSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** Events whose evidence sentence covers this stretch of text. */
  evidence: z.array(z.string()),
  /** Events one of whose other sentences (other_evidence) covers it. */
  other_evidence: z.array(z.string()),
  /** Events whose trigger words cover it. */
  trigger: z.array(z.string()),
}).openapi('Segment');

export const ArticleDetailSchema = z.object({
  article: ArticleSchema,
  events: z.array(EventRecordSchema),
  /** The article text cut where evidence and triggers begin and end; the texts joined are the article text. */
  segments: z.array(SegmentSchema),
}).openapi('ArticleWithEvidence');

/** One article object or an array of them, in the input format (`id` and `events` are ignored). */
export const IngestBody = z.preprocess(
  (value) => (Array.isArray(value) ? value : [value]),
  z.array(articleRecord).min(1).max(1000),
).openapi({ description: 'One article object, or an array of up to 1000.' });

export const IngestResultSchema = z.object({
  ingested: z.number().int(),
  duplicates: z.number().int(),
  skipped: z.number().int(),
  consolidation: z.object({
    events: z.number().int(),
    written: z.number().int(),
    removed: z.number().int(),
    restoried: z.number().int(),
    superseded: z.boolean(),
  }).nullable().openapi({
    description: 'What bringing the consolidated events up to date changed (events in the store, events written and removed, '
      + 'articles that changed story); null when no article was stored.',
  }),
  results: z.array(z.object({
    index: z.number().int(),
    status: z.enum(['ingested', 'duplicate', 'skipped']),
    article_id: z.string().nullable(),
    events: z.number().int(),
    reason: z.string().nullable(),
    warnings: z.array(z.string()),
  })),
}).openapi('IngestResult');

export const MetaSchema = z.object({
  articles: z.number().int(),
  /** Consolidated events. */
  events: z.number().int(),
  /** Event mentions (reports of events in articles), consolidated or not. */
  mentions: z.number().int(),
  actors: z.number().int(),
  plover_types: z.array(z.string()),
  statuses: z.array(z.string()),
  sectors: z.array(z.string()),
  formats: z.array(z.string()),
  /** Whether writes need a bearer token. */
  token_required: z.boolean(),
}).openapi('Meta');

export const CodeSchema = z.object({
  code: z.string(),
  name: z.string(),
  root: z.string(),
  root_name: z.string(),
  quad_class: z.number().int(),
  goldstein: z.number(),
  plover: z.object({ type: z.string(), mode: z.string().nullable(), context: z.array(z.string()) }),
  patterns: z.array(z.string()).openapi({ description: 'Ids of the patterns (lexicons/events) that code this exact code.' }),
}).openapi('Code');

export const CodesSchema = z.object({ codes: z.array(CodeSchema) }).openapi('Codes');
