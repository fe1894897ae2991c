// Phrases whose source follows them: "According to Reuters, …" / "…, according to the Post."
import { phraseStartingAt } from '../noun-phrase.js';
import { contentStartBefore, nextBoundary, wordsEnd, type Recogniser } from '../sentence-context.js';

/** Most tokens of a source after the phrase ("a report by the Washington Post's editorial board"). */
const MAX_SOURCE = 14;

export const sourcePhrase: Recogniser = (context, candidate) => {
  if (candidate.type !== 'phrase' || candidate.phrase?.source !== 'after') return null;
  const { tokens } = context;
  const from = candidate.cue.tokenEnd;
  const boundary = nextBoundary(context, from);
  // "according to figures her campaign released Friday": the whole phrase up to the clause's end.
  const source = boundary > from && boundary - from <= MAX_SOURCE ? { tokenStart: from, tokenEnd: boundary } : phraseStartingAt(tokens, from, context.end);
  if (!source) return null;
  // "According to Reuters, …" and "But according to Reuters, …" put the content after the source.
  const leading = candidate.cue.tokenStart - context.start <= 2;
  const content = leading
    ? { tokenStart: tokens.text[source.tokenEnd] === ',' ? source.tokenEnd + 1 : source.tokenEnd, tokenEnd: wordsEnd(context) }
    : { tokenStart: contentStartBefore(context), tokenEnd: tokens.text[candidate.cue.tokenStart - 1] === ',' ? candidate.cue.tokenStart - 1 : candidate.cue.tokenStart };
  if (content.tokenEnd <= content.tokenStart) return null;
  return { cue: candidate.cue, source, content, hearer: null, verb: null, negated: false, clauseStart: candidate.cue.tokenStart, priority: 0, rule: 'cue.according-to.v1' };
};
