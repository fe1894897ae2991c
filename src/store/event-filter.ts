// EventFilter as a user writes it (CLI flags, query strings) checked and put in the form
// every backend queries with, so SQLite and PostgreSQL agree on what a filter means.
import { EVENT_STATUSES, SECTORS, type EventStatus } from '../contract.js';
import { AnnalistError } from '../errors.js';
import { PLOVER_TYPES } from '../ontology/ontology.js';
import { dateInterval } from './date-interval.js';
import type { EventFilter } from './store.js';

export interface NormalizedEventFilter {
  /** Lower-cased actor query, matched as a substring of the canonical name or the text as written. */
  actorFolded: string | null;
  /** Upper-cased actor query, matched as a prefix of the CAMEO actor code. */
  actorCodePrefix: string | null;
  /** Exact actor key: canonical name, or CAMEO actor code for an unnamed actor. */
  actorKey: string | null;
  country: string | null;
  /** Upper-cased sector code. */
  sector: string | null;
  codePrefix: string | null;
  /** Upper-cased PLOVER type. */
  plover: string | null;
  quadClass: 1 | 2 | 3 | 4 | null;
  status: EventStatus | null;
  /** Folded (foldForSearch) text, matched as a substring of the folded evidence sentence. */
  textFolded: string | null;
  article: string | null;
  /**
   * An event is kept when the days its date covers overlap [sinceDay, untilDay]:
   * "2018-09" is kept by since=2018-09-14 and by until=2018-09-01, since part of
   * September 2018 lies inside either bound. Bounds may be coarse too: since=2018 starts
   * on 2018-01-01, until=2018-09 ends on 2018-09-30. Events without a usable date are
   * dropped as soon as either bound is given.
   */
  sinceDay: string | null;
  untilDay: string | null;
  /** Only head mentions of consolidated events (see EventFilter.headsOnly). */
  headsOnly: boolean;
  /** Id of the event the page starts after. */
  after: string | null;
  limit: number | null;
}

/** Case folding shared by what is stored and what is searched. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

export function normalizeEventFilter(filter: EventFilter = {}): NormalizedEventFilter {
  const actor = filter.actor?.trim() || null;
  const country = filter.country?.trim().toUpperCase() || null;
  if (country !== null && !/^[A-Z]{3}$/.test(country)) {
    throw new AnnalistError('usage', `country '${filter.country}' is not an ISO 3166-1 alpha-3 code (such as VEN) or IGO`);
  }
  const codePrefix = filter.code?.trim() || null;
  if (codePrefix !== null && !/^\d{1,4}$/.test(codePrefix)) {
    throw new AnnalistError('usage', `event code '${filter.code}' is not a CAMEO code prefix (one to four digits, such as 04 or 041)`);
  }
  const sector = filter.sector?.trim().toUpperCase() || null;
  if (sector !== null && !(SECTORS as readonly string[]).includes(sector)) {
    throw new AnnalistError('usage', `sector '${filter.sector}' is not one of ${SECTORS.join(', ')}`);
  }
  const plover = filter.plover?.trim().toUpperCase() || null;
  if (plover !== null && !(PLOVER_TYPES as readonly string[]).includes(plover)) {
    throw new AnnalistError('usage', `PLOVER type '${filter.plover}' is not one of ${PLOVER_TYPES.join(', ')}`);
  }
  const quadClass = filter.quadClass ?? null;
  if (quadClass !== null && ![1, 2, 3, 4].includes(quadClass)) {
    throw new AnnalistError('usage', `QuadClass '${filter.quadClass}' is not 1, 2, 3 or 4`);
  }
  const status = filter.status?.trim() || null;
  if (status !== null && !(EVENT_STATUSES as readonly string[]).includes(status)) {
    throw new AnnalistError('usage', `status '${filter.status}' is not one of ${EVENT_STATUSES.join(', ')}`);
  }
  const text = filter.text?.trim() || null;
  const limit = filter.limit ?? null;
  if (limit !== null && !(Number.isInteger(limit) && limit > 0)) {
    throw new AnnalistError('usage', `limit '${filter.limit}' is not a positive whole number`);
  }
  return {
    actorFolded: actor === null ? null : foldForSearch(actor),
    actorCodePrefix: actor === null ? null : actor.toUpperCase(),
    actorKey: filter.actorKey?.trim() || null,
    country,
    sector,
    codePrefix,
    plover,
    quadClass,
    status: status as EventStatus | null,
    textFolded: text === null ? null : foldForSearch(text),
    article: filter.article?.trim() || null,
    sinceDay: dateBound('since', filter.since)?.start ?? null,
    untilDay: dateBound('until', filter.until)?.end ?? null,
    headsOnly: filter.headsOnly ?? false,
    after: filter.after?.trim() || null,
    limit,
  };
}

function dateBound(name: 'since' | 'until', value: string | undefined) {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  const interval = dateInterval(trimmed);
  if (interval === null) {
    throw new AnnalistError('usage', `${name} '${value}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return interval;
}
