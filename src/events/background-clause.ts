// Clauses that describe a participant rather than tell the sentence's news: a reduced relative
// ("officials accused by Washington of corruption", "demonstrators jailed since the autumn") and
// a relative clause on a person ("Maduro, who was indicted in 2020, …"). What happens there is
// background; the sentence's own events are elsewhere.
import type { TokenTable } from '../doc/token-table.js';

const IRREGULAR_PARTICIPLES = new Set(['held', 'met', 'shot', 'struck', 'hit', 'cut', 'sent', 'fought', 'caught', 'kept', 'led', 'put', 'told', 'bought', 'sought', 'built', 'freed', 'beat', 'slain', 'taken', 'seized', 'driven', 'thrown', 'beaten', 'stolen']);
/** Words that start an object after a verb: after a past tense these make it a finite verb ("officials accused Washington"). */
const OBJECT_START_POS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ']);
const PERSON_RELATIVES = new Set(['who', 'whom', 'whose']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?']);

/** "at least 14 people", "more than 100": an adverbial quantity starts an object too. */
const QUANTITY_STARTS = new Set(['at', 'more', 'up', 'about', 'around', 'nearly', 'almost', 'over', 'some', 'roughly', 'dozens', 'hundreds', 'thousands']);
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'away']);
/** "threatened to", "demanded that": a verb's own complement, not a modifier's. */
const COMPLEMENT_STARTS = new Set(['to', 'that', 'whether', 'if']);
/** A subordinate clause inside a relative clause is a clause of its own ("who lost his son when the bombers struck"). */
const SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'because', 'as', 'since', 'if', 'although', 'though', 'until', 'unless']);

const isVerbal = (pos: string) => pos === 'VERB' || pos === 'AUX';
export const isPastParticiple = (word: string) => word.endsWith('ed') || word.endsWith('en') || IRREGULAR_PARTICIPLES.has(word);

/**
 * Why the trigger at [start, end) is background, or null when it is not: a past participle right
 * after a noun with no auxiliary and no object of its own, in a sentence with a verb of its own.
 * `transitive`: the pattern's verb takes an object, so without one it is passive.
 */
export function backgroundReason(tokens: TokenTable, start: number, end: number, sentenceStart: number, sentenceEnd: number, transitive: boolean): string | null {
  if (isReducedRelative(tokens, start, end, sentenceStart, sentenceEnd, transitive)) {
    return 'a participle describing the noun before it (a reduced relative clause): background, not an event the sentence tells';
  }
  if (inPersonRelative(tokens, start, sentenceStart, sentenceEnd)) {
    return 'inside a relative clause on a person ("who …"): background, not an event the sentence tells';
  }
  return null;
}

function isReducedRelative(tokens: TokenTable, start: number, end: number, sentenceStart: number, sentenceEnd: number, transitive: boolean): boolean {
  if (tokens.pos[start] !== 'VERB' || !isPastParticiple(tokens.lower[start]) || start <= sentenceStart) return false;
  const before = tokens.pos[start - 1];
  if (before !== 'NOUN' && before !== 'PROPN') return false;
  let next = start + 1;
  if (PARTICLES.has(tokens.lower[next])) next++;
  if (tokens.lower[next] === 'by') {
    // "officials accused by Washington": only a passive takes "by" there. A headline's "Maduro accused by
    // U.S. of trafficking" is the only verb it has: its news.
    for (let t = sentenceStart; t < sentenceEnd; t++) {
      if ((t < start || t >= end) && (tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX')) return true;
    }
    return false;
  }
  // "the release of demonstrators jailed since the autumn": a participle with no object after a noun that
  // is itself governed by a verb. "The parliament threatened on Monday to …" has no verb before its noun:
  // that noun is the subject and the participle its verb.
  if (!transitive || next < sentenceEnd && (OBJECT_START_POS.has(tokens.pos[next]) || QUANTITY_STARTS.has(tokens.lower[next]) || COMPLEMENT_STARTS.has(tokens.lower[next]))) return false;
  for (let t = start - 2; t >= sentenceStart; t--) {
    // "an election that the EU rejected": a relative clause's own subject and verb, not a participle.
    if (CLAUSE_ENDS.has(tokens.lower[t]) || RELATIVES.has(tokens.lower[t])) return false;
    if (isVerbal(tokens.pos[t])) return true;
  }
  return false;
}

/**
 * "Maduro, who was indicted in 2020, said …": the sentence goes on with its own verb after the clause.
 * A relative that ends the sentence ("… and President Marcos, who thanked Tokyo for its support.") carries
 * the story on: its events are news.
 */
function mainClauseFollows(tokens: TokenTable, start: number, sentenceEnd: number): boolean {
  let t = start;
  while (t < sentenceEnd && !CLAUSE_ENDS.has(tokens.lower[t])) t++;
  for (; t < sentenceEnd; t++) if (isVerbal(tokens.pos[t]) && !tokens.lower[t].endsWith('ing')) return true;
  return false;
}

/**
 * "Maduro, who was indicted in 2020, said …": from "who" to the end of its clause. The clause ends at
 * punctuation, at a subordinate clause of its own ("who lost his son when the bombers struck") and where
 * a verb follows the relative's own without "and" ("the woman who shot at officers was extradited").
 */
function inPersonRelative(tokens: TokenTable, start: number, sentenceStart: number, sentenceEnd: number): boolean {
  if (!mainClauseFollows(tokens, start, sentenceEnd)) return false;
  let t = start - 1;
  // The trigger's own auxiliaries ("who was indicted") and what joins it to the verb before ("and signed").
  while (t >= sentenceStart && (tokens.pos[t] === 'AUX' || tokens.pos[t] === 'ADV' || tokens.pos[t] === 'PART')) t--;
  const coordinated = tokens.lower[t] === 'and' || tokens.lower[t] === 'or';
  // A verb is the relative's own verb; an event noun ("who attended the talks") is that verb's object.
  const allowedVerbs = isVerbal(tokens.pos[start]) ? 0 : 1;
  let verbs = 0;
  for (; t >= sentenceStart; t--) {
    const word = tokens.lower[t];
    if (CLAUSE_ENDS.has(word) || SUBORDINATORS.has(word)) return false;
    if (PERSON_RELATIVES.has(word)) return t > sentenceStart && (verbs <= allowedVerbs || coordinated);
    if (isVerbal(tokens.pos[t]) && !isVerbal(tokens.pos[t + 1])) verbs++;
  }
  return false;
}
