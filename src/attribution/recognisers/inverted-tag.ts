// A tag after its content with the source after the verb: "“We will never negotiate,” said
// Maduro.", "…, said a spokesman for the ministry." The parser, trained on text with few such
// tags, often calls the source the verb's object; here the phrase right after the verb is its
// subject, whatever the relation, and what precedes the verb is its content.
import type { TokenSpan } from '../../doc/layers.js';
import { clauseSpans, trimmed } from '../clause-span.js';
import { isClosingQuote, type Recogniser, type SentenceContext } from '../sentence-context.js';
import { subtree } from '../tree-spans.js';

/** Relations the parser gives the inverted subject. */
const INVERTED_SUBJECT = new Set(['nsubj', 'obj', 'iobj', 'dep']);

export const invertedTag: Recogniser = (context, candidate) => {
  if (candidate.type !== 'verb' || candidate.verb?.kind !== 'speech' || candidate.verb.hearer) return null;
  const { tree, tokens } = context;
  const verb = candidate.cue.tokenStart;
  // "…, saying the nominee …": the phrase after a participle is its content.
  if (tokens.xpos[verb] === 'VBG' || !afterContent(context, candidate.cue.tokenStart)) return null;
  const head = tree.head(verb);
  // "replied/amod Sanders/obj": the parser may read the verb as an adjective on its subject.
  const subject = tree.relation(verb) === 'amod' && head === candidate.cue.tokenEnd ? head
    : [...tree.children(verb)].find((c) => INVERTED_SUBJECT.has(tree.relation(c)) && subtree(tree, c).tokenStart === candidate.cue.tokenEnd);
  if (subject === undefined) return null;
  const source = trimmed(context, subject === head ? { tokenStart: candidate.cue.tokenEnd, tokenEnd: subtree(tree, head).tokenEnd } : subtree(tree, subject));
  let root = verb;
  while (tree.head(root) >= 0) root = tree.head(root);
  // The tag closes what was said: the clause it hangs on, else its sentence up to the tag.
  const pieces = tree.relation(verb) === 'parataxis' && head < verb ? clauseSpans(context, head, [verb]) : [trimmed(context, { tokenStart: subtree(tree, root).tokenStart, tokenEnd: candidate.cue.tokenStart })];
  const [content, ...more] = pieces.filter((piece): piece is TokenSpan => piece !== null);
  if (!source || !content) return null;
  return {
    cue: candidate.cue, source, content, more, hearer: null, verb: candidate.verb, negated: false, claim: true, proposition: true, priority: 1, rule: 'cue.inverted-tag.v1',
  };
};

/** The verb follows a comma, a dash or a closing quote mark: its content comes first. */
function afterContent(context: SentenceContext, verb: number): boolean {
  const before = verb - 1;
  if (before < context.start) return false;
  const text = context.tokens.text[before];
  return text === ',' || text === '—' || text === '–' || isClosingQuote(context, before);
}
