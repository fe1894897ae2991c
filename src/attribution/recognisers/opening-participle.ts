// "Asked if he would run, Trump said no", "Pressed on the deal, the minister …": a participle with
// no subject opens the sentence; its question is an attribution whose asker goes unsaid.
import { clauseSpans } from '../clause-span.js';
import type { Recogniser } from '../sentence-context.js';
import { subtree, childOf } from '../tree-spans.js';

export const openingParticiple: Recogniser = (context, candidate) => {
  if (candidate.type !== 'verb' || !candidate.verb) return null;
  const { tree, tokens } = context;
  const verb = candidate.cue.tokenStart;
  const first = subtree(tree, tree.head(verb) >= 0 ? tree.head(verb) : verb).tokenStart;
  const opens = verb === first || (verb === first + 1 && tokens.lower[first] === 'when');
  if (!opens || !tokens.lower[verb].endsWith('ed') || childOf(tree, verb, 'nsubj', 'nsubj:pass', 'aux') >= 0) return null;
  // The sentence's own clause, which the parser may hang on the participle, is no part of the question.
  const main = [...tree.children(verb)].filter((c) => tree.relation(c) === 'parataxis' || tree.relation(c) === 'conj');
  const pieces = clauseSpans(context, verb, [...main]).map((piece) => (piece.tokenStart === verb ? { tokenStart: candidate.cue.tokenEnd, tokenEnd: piece.tokenEnd } : piece));
  const content = pieces.find((piece) => piece.tokenEnd - piece.tokenStart >= 2);
  if (!content) return null;
  return {
    cue: candidate.cue, source: null, content, more: [], hearer: null, verb: candidate.verb, negated: false, claim: true, proposition: true, priority: 1, rule: 'cue.opening-participle.v2',
  };
};
