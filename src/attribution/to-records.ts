// A Doc's attributions for output: spans as JavaScript string offsets into the article text as
// given (through the clean text's offset map), with status, speaker and outlets.
import type { EventStatus, Span } from '../contract.js';
import type { Doc } from '../doc/doc.js';
import type { AttributionFrame, TokenSpan } from '../doc/layers.js';

export interface AttributionRecord {
  article_id: string;
  cue: Span;
  source: Span | null;
  content: Span;
  /** Later quotes that go on with the same speaker's words. */
  continuations: Span[];
  status: EventStatus;
  /** The source resolved through coreference ("he" → "Matt Mackowiak"), or as written. */
  speaker: string | null;
  outlets: string[];
  rule: string;
}

export function toAttributionRecords(doc: Doc): AttributionRecord[] {
  return doc.attributions.map((frame) => toRecord(doc, frame));
}

/** Original-text span of a token range. */
export function tokenSpanToOriginal(doc: Doc, span: TokenSpan): Span {
  const tokens = doc.tokenTable;
  const { start, end } = doc.toOriginal(tokens.start[span.tokenStart], tokens.end[span.tokenEnd - 1]);
  return { start, end, text: doc.article.text.slice(start, end) };
}

function toRecord(doc: Doc, frame: AttributionFrame): AttributionRecord {
  return {
    article_id: doc.article.id,
    cue: tokenSpanToOriginal(doc, frame.cue),
    source: frame.source ? tokenSpanToOriginal(doc, frame.source) : null,
    content: tokenSpanToOriginal(doc, frame.content),
    continuations: frame.continuations.map((span) => tokenSpanToOriginal(doc, span)),
    status: frame.status,
    speaker: frame.attribution.speaker,
    outlets: frame.attribution.outlets,
    rule: frame.rule,
  };
}
