// A flat table for spreadsheets and data frames: one row per event, RFC 4180 quoting.
import type { ActorRef, EventRecord } from '../contract.js';
import { reportCounts, type ExportFormat } from './format.js';
import { neutraliseFormula } from './formula.js';

type Cell = string | number | null;

const actorColumns = (side: 'actor' | 'recipient'): [string, (event: EventRecord) => Cell][] => {
  const ref = (event: EventRecord): ActorRef | null => event[side];
  return [
    [`${side}_text`, (e) => ref(e)?.text ?? null],
    [`${side}_name`, (e) => ref(e)?.name ?? null],
    [`${side}_country`, (e) => ref(e)?.country ?? null],
    [`${side}_sector`, (e) => ref(e)?.sector ?? null],
    [`${side}_code`, (e) => ref(e)?.code ?? null],
  ];
};

/** Column name and value, in output order. */
export const CSV_COLUMNS: readonly [string, (event: EventRecord) => Cell][] = [
  ['id', (e) => e.id],
  ['article_id', (e) => e.article_id],
  // Provenance: the user's own id for the article (else its path), and what it is.
  ['doc_id', (e) => e.doc_id],
  ['title', (e) => e.title],
  ['url', (e) => e.url],
  ['outlet', (e) => e.outlet],
  ['published', (e) => e.published],
  ['date', (e) => e.date],
  ['date_source', (e) => e.date_source],
  ['date_text', (e) => e.date_text],
  ...actorColumns('actor'),
  ['cameo', (e) => e.cameo],
  ['cameo_name', (e) => e.cameo_name],
  ...actorColumns('recipient'),
  ['quad_class', (e) => e.quad_class],
  ['goldstein', (e) => e.goldstein],
  ['plover_type', (e) => e.plover.type],
  ['plover_mode', (e) => e.plover.mode],
  ['status', (e) => e.status],
  ['speaker', (e) => e.attribution.speaker],
  // Outlet names do not contain "; " in practice, and a list in one cell is what spreadsheet users expect.
  ['outlets', (e) => e.attribution.outlets.join('; ')],
  ['cue', (e) => e.attribution.cue],
  ['location', (e) => e.location],
  ['rule', (e) => e.rule],
  ['confidence', (e) => e.confidence],
  ['evidence', (e) => e.evidence.text],
  ['evidence_start', (e) => e.evidence.start],
  ['evidence_end', (e) => e.evidence.end],
  // The event's other sentences in one cell, on one line: sentences hold semicolons, rarely a bar.
  ['other_evidence', (e) => e.other_evidence.map((span) => span.text).join(' | ')],
  ['num_mentions', (e) => reportCounts(e).mentions],
  ['num_articles', (e) => reportCounts(e).articles],
  ['num_sources', (e) => reportCounts(e).sources],
];

// RFC 4180 ends records with CRLF; line breaks inside a quoted field stay as written.
const RECORD_END = '\r\n';

export const csv: ExportFormat = {
  name: 'csv',
  description: 'flat table, one event per row, with a header (RFC 4180)',
  extension: 'csv',
  mediaType: 'text/csv',
  *write(events: Iterable<EventRecord>) {
    yield csvRecord(CSV_COLUMNS.map(([name]) => name));
    for (const event of events) yield csvRecord(CSV_COLUMNS.map(([, value]) => value(event)));
  },
};

function csvRecord(cells: Cell[]): string {
  return cells.map(csvField).join(',') + RECORD_END;
}

/**
 * Quotes a field that holds a comma, a double quote or a line break; doubles its quotes. Null is
 * empty; text that a spreadsheet would run as a formula is neutralised (formula.ts).
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
