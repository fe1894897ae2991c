// The attributions the pipeline finds in a short text, read as words, for the attribution
// stage's tests and its recognisers'; the Doc's trace (the parse among it) only on failure.
import type { Doc } from '../../src/doc/doc.js';
import type { AttributionFrame, TokenSpan } from '../../src/doc/layers.js';
import { runUpTo, withTrace } from './article.js';

export interface AttributionRead {
  rule: string;
  cue: string;
  source: string | null;
  content: string;
  continuations: string[];
  status: AttributionFrame['status'];
  claim: boolean;
  speaker: string | null;
  outlets: string[];
  quoted: boolean;
}

/** Runs the pipeline up to attribution on `text` and hands `check` its attributions as words. */
export function attributions(text: string, check: (found: AttributionRead[], doc: Doc) => void): void {
  const doc = runUpTo('attribution', text, '2024-03-14');
  const words = (span: TokenSpan) => doc.tokenText(span.tokenStart, span.tokenEnd);
  const found = doc.attributions.map((frame) => ({
    rule: frame.rule,
    cue: words(frame.cue),
    source: frame.source ? words(frame.source) : null,
    content: words(frame.content),
    continuations: frame.continuations.map(words),
    status: frame.status,
    claim: frame.claim,
    speaker: frame.attribution.speaker,
    outlets: frame.attribution.outlets,
    quoted: frame.quoted,
  }));
  withTrace(doc, () => {
    try {
      check(found, doc);
    } catch (error) {
      if (error instanceof Error) error.message += `\n  attributions: ${JSON.stringify(found, null, 1)}`;
      throw error;
    }
  });
}

/** The one attribution whose cue reads `cue`; fails when there is none. */
export function withCue(found: readonly AttributionRead[], cue: string): AttributionRead {
  const frame = found.find((f) => f.cue === cue);
  if (!frame) throw new Error(`no attribution with the cue "${cue}"`);
  return frame;
}
