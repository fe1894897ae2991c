// The other_evidence column both stores keep: the spans as a JSON array, written and read
// here so that SQLite (text) and PostgreSQL (json) hold the same text and give back the
// same spans, keys in the contract's order.
import type { Span } from '../contract.js';

export function otherEvidenceColumn(spans: readonly Span[]): string {
  return JSON.stringify(spans.map(spanInOrder));
}

/** The spans from the column, as text (SQLite) or parsed JSON (PostgreSQL). */
export function otherEvidenceOf(column: string | Span[]): Span[] {
  return (typeof column === 'string' ? JSON.parse(column) as Span[] : column).map(spanInOrder);
}

function spanInOrder({ start, end, text }: Span): Span {
  return { start, end, text };
}
