// Hearsay with no named source: "Maduro reportedly demanded …". The content is the clause of the
// predicate the adverb modifies.
import { clauseSpans } from '../clause-span.js';
import type { Recogniser } from '../sentence-context.js';

export const hearsay: Recogniser = (context, candidate) => {
  if (candidate.type !== 'phrase' || candidate.phrase?.source !== 'none') return null;
  const predicate = context.tree.head(candidate.cue.tokenStart);
  if (predicate < 0) return null;
  const [content, ...more] = clauseSpans(context, predicate);
  if (!content || content.tokenEnd - content.tokenStart < 2) return null;
  return { cue: candidate.cue, source: null, content, more, hearer: null, verb: null, negated: false, claim: true, proposition: true, priority: 2, rule: 'cue.hearsay.v2' };
};
