// The status of one event mention: the attribution that holds it (src/attribution: "X denied
// that …" → denied, "X said …" → reported), overridden by what stands right before the
// trigger in its own clause ("did not meet", "denied meeting", "could strike", "will visit").
import type { EventStatus } from '../contract.js';
import { TokenFlag, type TokenTable } from '../doc/token-table.js';
import type { AttributionLexicon } from '../attribution/lexicon.js';

/** `markers`: the clause markers of the attribution lexicon (lexicons/attribution/clause-markers.tsv). */
export function statusAt(tokens: TokenTable, triggerStart: number, clauseStart: number, frameStatus: EventStatus, markers: AttributionLexicon['markers']): EventStatus {
  const from = Math.max(clauseStart, triggerStart - 5);
  for (let t = triggerStart - 1; t >= from; t--) {
    const lower = tokens.lower[t];
    const marked = markers.get(lower);
    // "denies knowledge of the attack": the marker governs a noun of its own, not the trigger.
    if (marked && !nounBetween(tokens, t, triggerStart)) return marked;
    if (lower === ',' || lower === 'that' || lower === 'and') break;
  }
  if (tokens.has(triggerStart, TokenFlag.negated) && tokens.pos[triggerStart] === 'VERB') return 'negated';
  return frameStatus;
}

function nounBetween(tokens: TokenTable, marker: number, trigger: number): boolean {
  for (let t = marker + 1; t < trigger; t++) if (tokens.pos[t] === 'NOUN' || tokens.pos[t] === 'PROPN') return true;
  return false;
}
