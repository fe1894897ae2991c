// The GDELT 2.0 event table (the `export.CSV` files: tab-separated despite the name), so
// tools written for GDELT read annalist output as they read GDELT's: 61 columns, no header,
// integer ids and days, and the columns we cannot know (geography until events have places,
// ethnic and religious codes) left empty.
import { createHash } from 'node:crypto';
import type { ActorRef, ConsolidatedEvent, EventRecord } from '../contract.js';
import { dateInterval } from '../store/date-interval.js';
import { neutraliseFormula } from './formula.js';
import { articleTone } from './tone.js';
import { reportCounts, type ExportArticle, type ExportFormat } from './format.js';

const actorColumns = (n: 1 | 2) => [
  `Actor${n}Code`, `Actor${n}Name`, `Actor${n}CountryCode`, `Actor${n}KnownGroupCode`, `Actor${n}EthnicCode`,
  `Actor${n}Religion1Code`, `Actor${n}Religion2Code`, `Actor${n}Type1Code`, `Actor${n}Type2Code`, `Actor${n}Type3Code`,
] as const;
const geoColumns = (prefix: 'Actor1Geo' | 'Actor2Geo' | 'ActionGeo') => [
  `${prefix}_Type`, `${prefix}_FullName`, `${prefix}_CountryCode`, `${prefix}_ADM1Code`, `${prefix}_ADM2Code`,
  `${prefix}_Lat`, `${prefix}_Long`, `${prefix}_FeatureID`,
] as const;

/** The 61 columns of the GDELT 2.0 event table, in its order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns(1),
  ...actorColumns(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];
type GdeltRow = Partial<Record<GdeltColumn, string | number>>;

export const gdeltTsv: ExportFormat = {
  name: 'gdelt',
  description: 'GDELT 2.0 event table: 61 tab-separated columns, no header (--header adds one)',
  extension: 'tsv',
  mediaType: 'text/tab-separated-values',
  readsReportingArticles: true,
  *write(events, context = {}) {
    if (context.header) yield `${GDELT_COLUMNS.join('\t')}\n`;
    const tones = new Map<string, number>();
    for (const event of events) {
      const row = gdeltRow(event, context.articles, tones);
      yield `${GDELT_COLUMNS.map((column) => tsvField(row[column])).join('\t')}\n`;
    }
  },
};

/**
 * One event as GDELT writes it. `tones` remembers each article's tone across the rows of one
 * export (an article reports many events).
 */
export function gdeltRow(event: EventRecord, articles: ReadonlyMap<string, ExportArticle> = new Map(), tones = new Map<string, number>()): GdeltRow {
  const counts = reportCounts(event);
  const article = articles.get(event.article_id);
  const tone = averageTone(reportingArticles(event).map((id) => articles.get(id)).filter((a) => a !== undefined), tones);
  return {
    GLOBALEVENTID: globalEventId(event.id),
    ...gdeltDate(event.date),
    ...gdeltActor(1, event.actor),
    ...gdeltActor(2, event.recipient),
    ...(article?.text === undefined ? {} : { IsRootEvent: inLead(article.text, article.title, event.evidence.start) ? 1 : 0 }),
    EventCode: event.cameo,
    EventBaseCode: event.cameo.slice(0, 3),
    EventRootCode: event.cameo.slice(0, 2),
    QuadClass: event.quad_class,
    GoldsteinScale: event.goldstein,
    NumMentions: counts.mentions,
    NumSources: counts.sources,
    NumArticles: counts.articles,
    ...(tone === null ? {} : { AvgTone: tone }),
    ...(event.location === null ? {} : { ActionGeo_FullName: event.location }),
    ...(article?.ingested_at ? { DATEADDED: dateAdded(article.ingested_at) } : {}),
    SOURCEURL: event.url ?? event.doc_id,
  };
}

/**
 * GDELT's ids are integers. Ours are 16 hex digits of a hash: the first 13 of them (52 bits)
 * are an integer below 2^53, exact in every JSON, JavaScript and spreadsheet reader, and as
 * stable as the id itself; the JSONL export's `id` turns into it the same way (an id that is
 * not hex, as in a test fixture, is hashed first).
 */
export function globalEventId(id: string): number {
  const hex = /^[0-9a-f]{13}/.test(id) ? id : createHash('sha256').update(id).digest('hex');
  return Number.parseInt(hex.slice(0, 13), 16);
}

/**
 * GDELT dates are days. A date known only to the month or year is written as its first day
 * (SQLDATE 20180901 for "2018-09"), as GDELT does; the precision the text gave is kept in
 * the JSONL export's `date` ("2018-09"), never in an invalid day. FractionDate is GDELT's
 * YYYY.FFFF of that day.
 */
export function gdeltDate(date: string | null): GdeltRow {
  const interval = date === null ? null : dateInterval(date);
  if (interval === null) return {};
  const [yyyy, mm, dd] = interval.start.split('-');
  return {
    SQLDATE: Number(`${yyyy}${mm}${dd}`),
    MonthYear: Number(`${yyyy}${mm}`),
    Year: Number(yyyy),
    FractionDate: fractionDate(interval.start, interval.year),
  };
}

/** YYYY.FFFF, FFFF being the share of the year elapsed before that day (GDELT's 0–0.9999). */
function fractionDate(isoDay: string, year: number): number {
  const dayMs = 86_400_000;
  const yearStart = Date.UTC(year, 0, 1);
  const daysInYear = (Date.UTC(year + 1, 0, 1) - yearStart) / dayMs;
  const elapsed = (Date.parse(`${isoDay}T00:00:00Z`) - yearStart) / dayMs;
  return Number((year + elapsed / daysInYear).toFixed(4));
}

/** YYYYMMDDHHMMSS (UTC) of an ISO 8601 time. */
function dateAdded(iso: string): number {
  return Number(new Date(iso).toISOString().replace(/[-:T]/g, '').slice(0, 14));
}

/** The articles that report the event: a consolidated event's mentions', else its own. */
function reportingArticles(event: EventRecord): string[] {
  const mentions = (event as Partial<ConsolidatedEvent>).mentions;
  return mentions ? [...new Set(mentions.map((m) => m.article_id))] : [event.article_id];
}

/** GDELT's AvgTone: the mean tone of the reporting articles (tone.ts); null when no text is at hand. */
function averageTone(articles: readonly ExportArticle[], tones: Map<string, number>): number | null {
  const values: number[] = [];
  for (const article of articles) {
    if (article.text === undefined) continue;
    let tone = tones.get(article.id);
    if (tone === undefined) tones.set(article.id, tone = articleTone(article.text));
    values.push(tone);
  }
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 1000) / 1000;
}

/**
 * GDELT's IsRootEvent: the event is told in the article's lead paragraph, the first paragraph
 * of the body (a first line that is the title, or a headline without a full stop, is skipped).
 */
export function inLead(text: string, title: string | null, offset: number): boolean {
  const paragraph = /\S[\s\S]*?(?=\n\s*\n|$)/g;
  for (let match = paragraph.exec(text); match !== null; match = paragraph.exec(text)) {
    const body = match[0].trim();
    const isHeadline = body === title?.trim() || (!/[.!?"”]$/.test(body) && !body.includes('\n'));
    if (isHeadline) continue;
    return offset >= match.index && offset < match.index + match[0].length;
  }
  return false;
}

function gdeltActor(n: 1 | 2, actor: ActorRef | null): GdeltRow {
  if (actor === null) return {};
  // In CAMEO, IGO is a type code (as in IGOUNO), not a country.
  const isIgo = actor.country === 'IGO';
  const types = [isIgo ? 'IGO' : null, actor.sector === 'IGO' && isIgo ? null : actor.sector].filter((t) => t !== null);
  const row: GdeltRow = {};
  const set = (column: string, value: string | null | undefined) => {
    if (value) row[column as GdeltColumn] = value;
  };
  set(`Actor${n}Code`, actor.code);
  set(`Actor${n}Name`, gdeltName(actor));
  set(`Actor${n}CountryCode`, isIgo ? null : actor.country);
  set(`Actor${n}Type1Code`, types[0]);
  set(`Actor${n}Type2Code`, types[1]);
  return row;
}

/** Words that stand for an actor without naming one: never a name in GDELT's column. */
const PRONOUNS = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'his', 'its', 'their', 'our', 'my', 'your',
  'this', 'that', 'these', 'those', 'who', 'which', 'one', 'himself', 'herself', 'itself', 'themselves']);

/** GDELT's Actor1Name: the canonical name in capitals ("UNITED STATES"), else the words as written unless they are a pronoun. */
function gdeltName(actor: ActorRef): string | null {
  const name = actor.name ?? (PRONOUNS.has(actor.text.toLowerCase().replace(/['’]s$/, '')) ? null : actor.text);
  return name === null ? null : name.toUpperCase();
}

// GDELT files have no quoting: a tab or line break inside a value would split the row. Spreadsheets
// open .tsv files too, so text that would run as a formula is neutralised, as in the CSV.
function tsvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return neutraliseFormula(value.replace(/[\t\r\n]+/g, ' '));
}
