// A noun that reports: "Trump's claim that the vote was rigged", "his warning of an attack",
// "criticism from Republicans of the plan". The source is the possessor or the phrase after
// "from"/"by"; the content is the noun's clause, or what it is "of" or "about". A noun with
// neither reports nothing ("the statement was long").
import type { TokenSpan } from '../../doc/layers.js';
import { clauseSpans } from '../clause-span.js';
import type { Recogniser, SentenceContext } from '../sentence-context.js';
import { misreadRelative } from '../misparses.js';

const OBJECT_PREPOSITIONS = new Set(['of', 'about', 'on', 'for', 'against', 'to', 'over']);
const SOURCE_PREPOSITIONS = new Set(['from', 'by']);

export const reportingNoun: Recogniser = (context, candidate) => {
  if (candidate.type !== 'noun' || !candidate.verb) return null;
  const { tree, tokens, lexicon } = context;
  const noun = candidate.cue.tokenStart;
  // "Russia denied claims [that its jets bombed a hospital]", which the parser may read as a relative clause;
  // "his call [to ban …]"; not a participle that describes the noun ("the call [held on Monday]").
  const clause = [...tree.children(noun)].find((c) => c > noun && ((tokens.deprel[c] === 'acl' && tree.child(c, 'mark') >= 0) || tree.relation(c) === 'ccomp' || misreadRelative(context, c)));
  // "a statement saying …": the participle is the cue, with the noun as its source.
  if (clause !== undefined && lexicon.verbs.has(tokens.lemma[clause].toLowerCase()) && tokens.xpos[clause] === 'VBG') return null;
  const about = clause === undefined ? prepositional(context, noun, OBJECT_PREPOSITIONS) : -1;
  const pieces = clause !== undefined ? clauseSpans(context, clause) : about >= 0 ? clauseSpans(context, about, [tree.child(about, 'case')]) : [];
  if (pieces.length === 0) return null;
  const [content, ...more] = pieces;
  return {
    cue: candidate.cue, source: sourceOf(context, noun), content, more, hearer: null, verb: candidate.verb, negated: false,
    claim: clause !== undefined || candidate.verb.object === 'claim', proposition: clause !== undefined, priority: 1, rule: 'cue.reporting-noun.v2',
  };
};

/** "Trump's claim", "his warning", "criticism from Republicans". */
function sourceOf(context: SentenceContext, noun: number): TokenSpan | null {
  const { tree } = context;
  const possessor = tree.child(noun, 'nmod:poss');
  if (possessor >= 0) return clauseSpans(context, possessor)[0] ?? null;
  const from = prepositional(context, noun, SOURCE_PREPOSITIONS);
  return from >= 0 ? (clauseSpans(context, from, [tree.child(from, 'case')])[0] ?? null) : null;
}

/** The noun's first nominal modifier after it led by one of `prepositions`, or -1. */
function prepositional(context: SentenceContext, noun: number, prepositions: ReadonlySet<string>): number {
  const { tree, tokens } = context;
  for (const c of tree.children(noun)) if (c > noun && tree.relation(c) === 'nmod' && prepositions.has(tokens.lower[tree.child(c, 'case')] ?? '')) return c;
  return -1;
}
