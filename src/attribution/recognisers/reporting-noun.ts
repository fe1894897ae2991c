// A noun that reports: "Trump's claim that the vote was rigged", "his warning that …",
// "criticism from Republicans of the plan". The source is the possessor or follows "from"/"by";
// with no "that"-clause or object after it, the noun reports nothing ("the statement was long").
import type { TokenSpan } from '../../doc/layers.js';
import { phraseEndingAt, phraseStartingAt } from '../noun-phrase.js';
import { nextBoundary, type Recogniser, type SentenceContext } from '../sentence-context.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
const OBJECT_PREPOSITIONS = new Set(['of', 'about', 'on', 'for', 'against', 'to']);
const SOURCE_PREPOSITIONS = new Set(['from', 'by']);

export const reportingNoun: Recogniser = (context, candidate) => {
  if (candidate.type !== 'noun') return null;
  const { tokens } = context;
  const noun = candidate.cue.tokenStart;
  let after = noun + 1;
  let source = possessor(context, noun);
  if (!source && SOURCE_PREPOSITIONS.has(tokens.lower[after])) {
    const phrase = phraseStartingAt(tokens, after + 1, context.end);
    if (phrase) {
      source = phrase;
      after = phrase.tokenEnd;
    }
  }
  let contentStart = -1;
  if (tokens.lower[after] === 'that') contentStart = after;
  else if (OBJECT_PREPOSITIONS.has(tokens.lower[after]) && tokens.pos[after] === 'ADP') contentStart = after + 1;
  if (contentStart < 0) return null;
  const content = { tokenStart: contentStart, tokenEnd: nextBoundary(context, contentStart) };
  if (content.tokenEnd <= content.tokenStart) return null;
  return { cue: candidate.cue, source, content, hearer: null, verb: candidate.verb, negated: false, clauseStart: source?.tokenStart ?? noun, priority: 1, rule: 'cue.reporting-noun.v1' };
};

/** "Trump's claim", "his warning", "Trump's repeated claims". */
function possessor(context: SentenceContext, noun: number): TokenSpan | null {
  const { tokens } = context;
  let t = noun - 1;
  while (t > context.start && tokens.pos[t] === 'ADJ') t--;
  if (t < context.start) return null;
  if (POSSESSIVE_PRONOUNS.has(tokens.lower[t])) return { tokenStart: t, tokenEnd: t + 1 };
  if (tokens.lower[t] === "'s" || tokens.lower[t] === "'") return phraseEndingAt(tokens, t, context.start);
  return null;
}
