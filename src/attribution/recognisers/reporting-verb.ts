// A reporting verb in the active voice: its subject is the source and its complement the content
// (src/attribution/verb-content.ts, verb-source.ts): "Mackowiak told the Post that the call took
// place", "Iran attacked the base, officials said", "…, adding that …", "vowed to retaliate".
import { verbContent } from '../verb-content.js';
import { verbSource } from '../verb-source.js';
import { negatedAt, type Recogniser, type SentenceContext } from '../sentence-context.js';
import { subtree } from '../tree-spans.js';

export const reportingVerb: Recogniser = (context, candidate) => {
  if (candidate.type !== 'verb' || !candidate.verb) return null;
  const { tree, tokens } = context;
  const verb = candidate.cue.tokenStart;
  const content = verbContent(context, candidate.cue, verb, candidate.verb);
  if (!content) return null;
  const source = candidate.verb.kind === 'raising' ? null : verbSource(context, verb);
  // "Ask yourself: …": an imperative, first in its sentence, speaks to the reader.
  if (!source && candidate.verb.kind !== 'raising' && tree.head(verb) < 0 && tokens.xpos[verb] === 'VB' && opensSentence(context, verb)) return null;
  const [first, ...more] = content.pieces;
  return {
    cue: candidate.cue, source, content: first, more, hearer: content.hearer, verb: candidate.verb, negated: negatedAt(context, verb),
    claim: content.claim, proposition: content.proposition, priority: 1, rule: 'cue.reporting-verb.v1',
  };
};

/** Whether only punctuation precedes the verb in its sentence. */
function opensSentence(context: SentenceContext, verb: number): boolean {
  const { tree, tokens } = context;
  for (let t = subtree(tree, verb).tokenStart; t < verb; t++) if (tokens.pos[t] !== 'PUNCT') return false;
  return true;
}
