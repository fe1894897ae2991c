// PolNeAR's attributions do not nest: a cue inside another attribution's content is part of
// that content ("Trump said Clinton wants …": one attribution). Drafts are accepted by
// priority, then left to right; a later cue that opens a clause of its own (", adding that",
// "; she said") cuts the earlier content short instead.
import type { FrameDraft, SentenceContext } from './sentence-context.js';
import type { TokenSpan } from '../doc/layers.js';

const RELATIVE = new Set(['which', 'who', 'whom']);
/** Words that open a clause of its own after a comma or dash. */
const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'though', 'although', 'after', 'before', 'because', 'since', 'when', 'as', 'until', 'if']);
const inside = (span: TokenSpan | null, t: number) => span !== null && span.tokenStart <= t && t < span.tokenEnd;

export function selectFrames(context: SentenceContext, drafts: FrameDraft[]): FrameDraft[] {
  const accepted: FrameDraft[] = [];
  const ordered = [...drafts].sort((a, b) => a.priority - b.priority || a.cue.tokenStart - b.cue.tokenStart);
  for (const draft of ordered) {
    const t = draft.cue.tokenStart;
    if (accepted.some((a) => inside(a.cue, t) || inside(a.source, t) || inside(a.hearer, t) || inside(draft.cue, a.cue.tokenStart))) continue;
    const container = accepted.find((a) => inside(a.content, t));
    if (container) {
      const boundary = clauseBoundary(context, container, draft);
      if (boundary < 0) continue;
      container.content = { tokenStart: container.content.tokenStart, tokenEnd: boundary };
    }
    accepted.push({ ...draft });
  }
  return accepted.sort((a, b) => a.cue.tokenStart - b.cue.tokenStart);
}

/** Where `later` starts a clause of its own inside `container`'s content, or -1 when it is part of it. */
function clauseBoundary(context: SentenceContext, container: FrameDraft, later: FrameDraft): number {
  if (later.cue.tokenStart < container.cue.tokenStart) return -1;
  const { tokens } = context;
  const start = later.clauseStart;
  const before = start - 1;
  if (before <= container.content.tokenStart) return -1;
  const text = tokens.lower[before];
  if (text === ';') return before;
  const pause = [',', '—', '–', '”', '"', "''"].includes(text);
  // ", adding that …", "— asserting that …", ", which he believes …", ", she said, …"
  if (pause && (tokens.lower[start].endsWith('ing') || RELATIVE.has(tokens.lower[start]) || later.verb?.kind === 'speech')) return before;
  // ", and he said …", ", after half said so …", "— though Fiorina said …"
  if (CONJUNCTIONS.has(text) && [',', '—', '–'].includes(tokens.text[before - 1])) return before - 1;
  // "…, which the probe said were covered up": a relative clause with a speaker of its own.
  if (RELATIVE.has(text) && later.source !== null && later.source.tokenStart === start) return tokens.text[before - 1] === ',' ? before - 1 : before;
  // "… and added that …": the same subject goes on with a new attribution.
  if (text === 'and' && ['VERB', 'AUX', 'ADV'].includes(tokens.pos[start])) return before;
  return -1;
}
