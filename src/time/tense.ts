// The grammatical time of a clause, read from its verbs: enough to decide whether
// "in January" lies before or after the publication date.
import type { TokenTable } from '../doc/token-table.js';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

// Modals count as future: "could come as early as Tuesday" is the coming Tuesday.
const FUTURE_MARKERS = new Set(['will', "'ll", 'shall', 'wo', 'could', 'might', 'may', 'can', 'should', 'must', 'plans', 'plan', 'planned', 'planning', 'expected', 'expects', 'expect', 'scheduled', 'set', 'going', 'due', 'intends', 'intend', 'hopes', 'hope']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "'d"]);

/** Tense of the verb nearest to `token` within [from, to). */
export function tenseNear(tokens: TokenTable, token: number, from: number, to: number): Tense {
  let best = -1;
  let bestDistance = Infinity;
  for (let t = from; t < to; t++) {
    const pos = tokens.pos[t];
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    const distance = Math.abs(t - token);
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  if (best < 0) return 'unknown';
  for (let t = Math.max(from, best - 3); t <= best; t++) {
    // "his reelection in May was rejected": a month name is no modal.
    if (FUTURE_MARKERS.has(tokens.lower[t]) && tokens.pos[t] !== 'PROPN' && tokens.pos[t] !== 'NOUN' && (tokens.lower[t] !== 'set' || tokens.lower[t + 1] === 'to')) return 'future';
  }
  const lower = tokens.lower[best];
  if (PAST_AUXILIARIES.has(lower)) return 'past';
  if (lower === 'has' || lower === 'have') return 'past';
  if (tokens.lemma[best] !== lower && !lower.endsWith('s') && !lower.endsWith('ing') && lower !== 'are' && lower !== 'am' && lower !== 'is') return 'past';
  return 'present';
}
