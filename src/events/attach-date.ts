// Which time expression dates an event, read off the parse: one in the event's own clause, or
// for an event noun one inside its phrase ("the call — held on November 21 —"), or in the clause
// of the verb whose subject or object the noun is ("the call took place on Monday", "launched an
// attack on Monday"). "disclosed on Monday details about his phone call" dates the disclosure:
// the call is deeper in a phrase of the verb, and the date is not inside it.
import type { DependencyTree } from '../doc/dependency-tree.js';
import type { Timex } from '../doc/layers.js';
import { tokenAtOffset } from '../doc/token-at.js';
import { datelineEnd } from '../doc/dateline.js';

/** Relations that start a clause of their own: a date under one belongs to that clause. */
const CLAUSE_RELATIONS = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'parataxis', 'csubj', 'conj']);
/** Relations through which a noun's clause is its verb's: "the call took place", "launched an attack". */
const ARGUMENT_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'obj']);

export function attachedTimex(tree: DependencyTree, timexes: readonly Timex[], sentence: number, anchor: number, triggerStart: number, triggerEnd: number,
  sentenceStart: number, sentenceEnd: number): Timex | null {
  const tokens = tree.tokens;
  const dateline = datelineEnd(tokens.text, sentenceStart, sentenceEnd);
  const nominal = tokens.pos[anchor] === 'NOUN' || tokens.pos[anchor] === 'PROPN';
  const anchorClause = clauseOf(tree, anchor);
  let best: Timex | null = null;
  let bestDistance = Infinity;
  for (const timex of timexes) {
    if (timex.sentence !== sentence) continue;
    const first = Math.min(sentenceEnd - 1, tokenAtOffset(tokens, timex.cleanStart));
    const last = Math.min(sentenceEnd - 1, tokenAtOffset(tokens, timex.cleanEnd - 1));
    if (last < dateline) continue;
    const head = tree.headOf(first, last + 1);
    const attached = nominal
      ? tree.dominates(anchor, head) || ARGUMENT_RELATIONS.has(tree.tokens.deprel[anchor]) && tree.head(anchor) === anchorClause && clauseOf(tree, head) === anchorClause
      : clauseOf(tree, head) === anchorClause;
    if (!attached) continue;
    const distance = last < triggerStart ? triggerStart - last : first >= triggerEnd ? first - triggerEnd + 1 : 0;
    if (distance < bestDistance) {
      best = timex;
      bestDistance = distance;
    }
  }
  return best;
}

/** The head of the clause `t` belongs to: `t` itself when it heads one, else the nearest ancestor that does. */
function clauseOf(tree: DependencyTree, t: number): number {
  let at = t;
  for (let steps = 0; steps < tree.tokens.length; steps++) {
    const head = tree.head(at);
    if (head < 0 || CLAUSE_RELATIONS.has(tree.relation(at)) && (tree.relation(at) !== 'conj' || isVerbal(tree, at))) return at;
    at = head;
  }
  return at;
}

const isVerbal = (tree: DependencyTree, t: number) => tree.tokens.pos[t] === 'VERB' || tree.tokens.pos[t] === 'AUX' || tree.child(t, 'nsubj') >= 0;
