// Hearsay with no named source: "Maduro reportedly demanded …". The content is the adverb's clause.
import { nextBoundary, type Recogniser } from '../sentence-context.js';

export const hearsay: Recogniser = (context, candidate) => {
  if (candidate.type !== 'phrase' || candidate.phrase?.source !== 'none') return null;
  const { tokens } = context;
  let start = candidate.cue.tokenStart;
  while (start > context.start && ![',', ';', '—', ':'].includes(tokens.text[start - 1])) start--;
  const content = { tokenStart: start, tokenEnd: nextBoundary(context, candidate.cue.tokenEnd) };
  if (content.tokenEnd - content.tokenStart < 2) return null;
  return { cue: candidate.cue, source: null, content, hearer: null, verb: null, negated: false, clauseStart: start, priority: 2, rule: 'cue.hearsay.v1' };
};
