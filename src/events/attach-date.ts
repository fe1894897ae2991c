// Which time expression dates an event: one in the same sentence that is closer to this
// trigger than to any other verb ("disclosed … on Monday about his phone call" dates the
// disclosure, "the call — held on November 21" dates the call).
import type { Timex } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import { tokenAtOffset } from '../doc/token-at.js';

export function attachedTimex(tokens: TokenTable, timexes: readonly Timex[], sentence: number, triggerStart: number, triggerEnd: number, sentenceStart: number, sentenceEnd: number): Timex | null {
  let best: Timex | null = null;
  let bestDistance = Infinity;
  const dateline = datelineEnd(tokens, sentenceStart, sentenceEnd);
  for (const timex of timexes) {
    if (timex.sentence !== sentence) continue;
    const first = Math.min(sentenceEnd - 1, tokenAtOffset(tokens, timex.cleanStart));
    const last = Math.min(sentenceEnd - 1, tokenAtOffset(tokens, timex.cleanEnd - 1));
    if (last < dateline) continue;
    // "confirmed on Sunday that the call took place": a complementiser between them detaches the date.
    const toTrigger = governedByTriggerPredicate(tokens, triggerEnd, first) ? 0
      : distance(first, last, triggerStart, triggerEnd) + (complementiserBetween(tokens, last, triggerStart) || complementiserBetween(tokens, triggerEnd, first) ? 10 : 0);
    let competitor = Infinity;
    for (let t = sentenceStart; t < sentenceEnd; t++) {
      if (t >= triggerStart && t < triggerEnd) continue;
      if (tokens.pos[t] !== 'VERB') continue;
      if (describesTrigger(tokens, t, triggerEnd) || attributive(tokens, t, sentenceStart)) continue;
      // ", the Elysee said": a comma between the date and a later verb closes the date's clause first.
      competitor = Math.min(competitor, distance(first, last, t, t + 1) + (t > last && commaBetween(tokens, last, t) ? 10 : 0));
    }
    if (toTrigger < competitor && toTrigger < bestDistance) {
      best = timex;
      bestDistance = toTrigger;
    }
  }
  return best;
}

const DATELINE_DASHES = new Set(['-', '--', '—', '–']);
const DATELINE_MAX_TOKENS = 12;

/**
 * "PARIS, Nov 21 (Reuters) - Macron spoke …": the dateline says when the report was filed,
 * not when anything in the sentence happened. Returns the index of the dash that ends a
 * dateline opening the sentence (a name, a comma, then a dash after a name, number or
 * bracket), or -1.
 */
function datelineEnd(tokens: TokenTable, sentenceStart: number, sentenceEnd: number): number {
  if (tokens.pos[sentenceStart] !== 'PROPN' || tokens.lower[sentenceStart + 1] !== ',') return -1;
  const limit = Math.min(sentenceEnd - 1, sentenceStart + DATELINE_MAX_TOKENS);
  for (let t = sentenceStart + 2; t < limit; t++) {
    if (DATELINE_DASHES.has(tokens.text[t])) {
      const before = tokens.pos[t - 1];
      return before === 'PROPN' || before === 'NUM' || tokens.text[t - 1] === ')' ? t : -1;
    }
  }
  return -1;
}

/** Verbs that only say when or how the trigger's event happened: "the call — held on …", "the meeting took place". */
const EVENT_PREDICATES = new Set(['hold', 'take', 'happen', 'occur', 'last', 'come', 'place']);

function describesTrigger(tokens: TokenTable, verb: number, triggerEnd: number): boolean {
  if (!EVENT_PREDICATES.has(tokens.lemma[verb])) return false;
  for (let t = triggerEnd; t < verb; t++) if (tokens.pos[t] !== 'PUNCT') return false;
  return verb >= triggerEnd;
}

/** "the call — held on November 21": the date belongs to the participle that describes the trigger. */
function governedByTriggerPredicate(tokens: TokenTable, triggerEnd: number, timexStart: number): boolean {
  let t = triggerEnd;
  while (t < timexStart && tokens.pos[t] === 'PUNCT') t++;
  if (t >= timexStart || tokens.pos[t] !== 'VERB' || !describesTrigger(tokens, t, triggerEnd)) return false;
  for (let i = t + 1; i < timexStart; i++) if (tokens.pos[i] !== 'ADP' && tokens.pos[i] !== 'DET') return false;
  return true;
}

/** "amid heightened tensions": a participle used as an adjective heads no clause of its own. */
function attributive(tokens: TokenTable, verb: number, sentenceStart: number): boolean {
  const next = tokens.pos[verb + 1];
  const previous = verb > sentenceStart ? tokens.pos[verb - 1] : 'PUNCT';
  return (next === 'NOUN' || next === 'PROPN') && (previous === 'DET' || previous === 'ADP' || previous === 'ADJ');
}

function commaBetween(tokens: TokenTable, from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) if (tokens.lower[t] === ',') return true;
  return false;
}

function complementiserBetween(tokens: TokenTable, from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) if (tokens.lower[t] === 'that' && tokens.pos[t] === 'SCONJ' || tokens.lower[t] === 'when') return true;
  return false;
}

function distance(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  if (aEnd < bStart) return bStart - aEnd;
  if (bEnd <= aStart) return aStart - bEnd + 1;
  return 0;
}
