// One reading per cue, and no cue inside another's cue, source or hearer ("people familiar with
// the claim said": "claim" is part of the source). Attributions may nest: "Reuters reported that
// officials said Iran attacked" has two, the second inside the content of the first.
import type { FrameDraft } from './sentence-context.js';
import type { TokenSpan } from '../doc/layers.js';

const inside = (span: TokenSpan | null, t: number) => span !== null && span.tokenStart <= t && t < span.tokenEnd;

/** Drafts accepted by priority (phrase cues first), then left to right; the result is in text order. */
export function selectFrames(drafts: FrameDraft[]): FrameDraft[] {
  const accepted: FrameDraft[] = [];
  const ordered = [...drafts].sort((a, b) => a.priority - b.priority || a.cue.tokenStart - b.cue.tokenStart);
  for (const draft of ordered) {
    const t = draft.cue.tokenStart;
    if (accepted.some((a) => inside(a.cue, t) || inside(a.source, t) || inside(a.hearer, t) || inside(draft.cue, a.cue.tokenStart))) continue;
    accepted.push(draft);
  }
  return accepted.sort((a, b) => a.cue.tokenStart - b.cue.tokenStart);
}
