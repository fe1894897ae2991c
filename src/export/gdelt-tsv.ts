// The GDELT 2.0 event table (the `export.CSV` files: tab-separated despite the name), so
// tools written for GDELT read annalist output. We fill the columns we know and leave
// the rest empty; a header row names them, which GDELT's own files lack.
import type { ActorRef, EventRecord } from '../contract.js';
import { dateInterval } from '../store/date-interval.js';
import { neutraliseFormula } from './formula.js';
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
  description: 'GDELT 2.0 event table columns, tab-separated, with a header',
  extension: 'tsv',
  mediaType: 'text/tab-separated-values',
  *write(events, context = {}) {
    yield `${GDELT_COLUMNS.join('\t')}\n`;
    for (const event of events) {
      const row = gdeltRow(event, context.articles?.get(event.article_id));
      yield `${GDELT_COLUMNS.map((column) => tsvField(row[column])).join('\t')}\n`;
    }
  },
};

export function gdeltRow(event: EventRecord, article?: ExportArticle): GdeltRow {
  const counts = reportCounts(event);
  return {
    // GDELT's ids are integers; ours are strings, kept as they are so rows trace back to the store.
    GLOBALEVENTID: event.id,
    ...gdeltDate(event.date),
    ...gdeltActor(1, event.actor),
    ...gdeltActor(2, event.recipient),
    EventCode: event.cameo,
    EventBaseCode: event.cameo.slice(0, 3),
    EventRootCode: event.cameo.slice(0, 2),
    QuadClass: event.quad_class,
    GoldsteinScale: event.goldstein,
    NumMentions: counts.mentions,
    NumSources: counts.sources,
    NumArticles: counts.articles,
    ...(event.location === null ? {} : { ActionGeo_FullName: event.location }),
    ...(article?.url ? { SOURCEURL: article.url } : {}),
  };
}

/**
 * GDELT dates have no granularity, but our dates do. A date known only to the month or
 * year gets 00 for the unknown parts: "2018-09" is SQLDATE 20180900 and "2018" is
 * 20180000. Padding to the 1st would claim a day the article never gave (the very error
 * annalist exists to avoid); 00 keeps the column an integer that sorts correctly, keeps
 * MonthYear and Year exact, and makes a strict date parser fail loudly rather than
 * silently. FractionDate, which must be a number, uses the first day the date covers.
 */
export function gdeltDate(date: string | null): GdeltRow {
  const interval = date === null ? null : dateInterval(date);
  if (interval === null) return {};
  const yyyy = String(interval.year).padStart(4, '0');
  const mm = interval.month === null ? '00' : String(interval.month).padStart(2, '0');
  const dd = interval.day === null ? '00' : String(interval.day).padStart(2, '0');
  return {
    SQLDATE: `${yyyy}${mm}${dd}`,
    ...(interval.month === null ? {} : { MonthYear: `${yyyy}${mm}` }),
    Year: yyyy,
    FractionDate: fractionDate(interval.start, interval.year),
  };
}

/** YYYY.FFFF, FFFF being the share of the year elapsed before that day (GDELT's 0–0.9999). */
function fractionDate(isoDay: string, year: number): string {
  const dayMs = 86_400_000;
  const yearStart = Date.UTC(year, 0, 1);
  const daysInYear = (Date.UTC(year + 1, 0, 1) - yearStart) / dayMs;
  const elapsed = (Date.parse(`${isoDay}T00:00:00Z`) - yearStart) / dayMs;
  return (year + elapsed / daysInYear).toFixed(4);
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
  set(`Actor${n}Name`, actor.name ?? actor.text);
  set(`Actor${n}CountryCode`, isIgo ? null : actor.country);
  set(`Actor${n}Type1Code`, types[0]);
  set(`Actor${n}Type2Code`, types[1]);
  return row;
}

// GDELT files have no quoting: a tab or line break inside a value would split the row. Spreadsheets
// open .tsv files too, so text that would run as a formula is neutralised, as in the CSV.
function tsvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return neutraliseFormula(value.replace(/[\t\r\n]+/g, ' '));
}
