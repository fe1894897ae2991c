// A reporting verb in the passive: the source is the agent after "by" or no one ("It was first
// reported by The Washington Post", "Iran is said to have attacked the base", "Sessions was told
// that …"); the content is the clause, else the subject ("It", "the plan was criticized").
import type { TokenSpan } from '../../doc/layers.js';
import { clauseSpans } from '../clause-span.js';
import { negatedAt, type Recogniser, type SentenceContext } from '../sentence-context.js';
import { childOf } from '../tree-spans.js';

export const passiveVerb: Recogniser = (context, candidate) => {
  if (candidate.type !== 'verb' || !candidate.verb) return null;
  const { tree, tokens } = context;
  const verb = candidate.cue.tokenStart;
  const subject = childOf(tree, verb, 'nsubj:pass', 'csubj:pass');
  if (subject < 0 && tree.child(verb, 'aux:pass') < 0) return null;
  const agent = agentOf(context, verb);
  const source = agent >= 0 ? (clauseSpans(context, agent, [tree.child(agent, 'case')])[0] ?? null) : null;
  const clause = childOf(tree, verb, 'ccomp', 'parataxis');
  const infinitive = tree.child(verb, 'xcomp');
  const piecesOf = (t: number) => (t >= 0 ? clauseSpans(context, t) : []);
  // "Sessions was told that …": the subject of a passive hearer verb heard it.
  const heard = candidate.verb.hearer && clause >= 0;
  const pieces: TokenSpan[] = clause >= 0 ? piecesOf(clause)
    // "Iran is said [to have attacked]": the subject and the infinitive, around the cue.
    : infinitive >= 0 ? [...piecesOf(subject), ...piecesOf(infinitive)]
    : piecesOf(subject);
  if (pieces.length === 0) return null;
  const [content, ...more] = pieces;
  const proposition = clause >= 0 || infinitive >= 0;
  return {
    cue: candidate.cue, source, content, more, hearer: heard ? (piecesOf(subject)[0] ?? null) : null, verb: candidate.verb, negated: negatedAt(context, verb),
    claim: proposition || candidate.verb.object === 'claim', proposition, priority: 1, rule: 'cue.passive-verb.v1',
  };
};

/** "by The Washington Post": the agent (obl:agent, or an obl the parser left without the subtype). */
function agentOf(context: SentenceContext, verb: number): number {
  const { tree, tokens } = context;
  const agent = tree.child(verb, 'obl:agent');
  if (agent >= 0) return agent;
  for (const c of tree.children(verb)) if (tree.relation(c) === 'obl' && tokens.lower[tree.child(c, 'case')] === 'by') return c;
  return -1;
}
