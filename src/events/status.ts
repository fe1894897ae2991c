// The status of one event mention: its sentence's reporting frame, overridden by what
// stands right before the trigger ("did not meet", "denied meeting", "could strike", "will visit").
import type { EventStatus } from '../contract.js';
import { TokenFlag, type TokenTable } from '../doc/token-table.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const DENIALS = new Set(['deny', 'denies', 'denied', 'denying']);
const HYPOTHETICAL = new Set(['could', 'would', 'might', 'may', 'if', 'should', 'unless']);
const FUTURE = new Set(['will', "'ll", 'shall', 'plans', 'plan', 'planning', 'intends', 'expected', 'scheduled']);

export function statusAt(tokens: TokenTable, triggerStart: number, clauseStart: number, frameStatus: EventStatus): EventStatus {
  const from = Math.max(clauseStart, triggerStart - 5);
  for (let t = triggerStart - 1; t >= from; t--) {
    const lower = tokens.lower[t];
    if (DENIALS.has(lower)) return 'denied';
    if (NEGATORS.has(lower)) return 'negated';
    if (HYPOTHETICAL.has(lower)) return 'hypothetical';
    if (FUTURE.has(lower)) return 'future';
    if (lower === ',' || lower === 'that' || lower === 'and') break;
  }
  if (tokens.has(triggerStart, TokenFlag.negated) && tokens.pos[triggerStart] === 'VERB') return 'negated';
  return frameStatus;
}
