// Phrases whose source follows them: "According to Reuters, …" / "…, according to the Post." The
// source is the phrase's noun (the tree's head of "according"); the content is the clause that
// noun modifies.
import type { TokenSpan } from '../../doc/layers.js';
import { clauseSpans, trimmed } from '../clause-span.js';
import type { Recogniser, SentenceContext } from '../sentence-context.js';
import { subtree } from '../tree-spans.js';

/** What the parser may hang on the source after its comma: "According to Reuters, [the conversation lasted …]". */
const HUNG_CLAUSE = new Set(['appos', 'acl', 'parataxis', 'conj', 'advcl']);

export const sourcePhrase: Recogniser = (context, candidate) => {
  if (candidate.type !== 'phrase' || candidate.phrase?.source !== 'after') return null;
  const { tree, tokens } = context;
  const noun = tree.head(candidate.cue.tokenStart);
  if (noun < candidate.cue.tokenEnd) return null;
  // A clause after a comma belongs to the sentence, not to the source, even where the parser hangs it there.
  const comma = [...tree.children(noun)].find((c) => c > noun && tokens.text[c] === ',') ?? Infinity;
  const hung = [...tree.children(noun)].filter((c) => c > comma && HUNG_CLAUSE.has(tree.relation(c)));
  const [source] = clauseSpans(context, noun, [...hung, ...[...tree.children(noun)].filter((c) => c < candidate.cue.tokenEnd)]);
  const predicate = clauseOf(context, candidate.cue, noun, source);
  const pieces = predicate >= 0 ? clauseSpans(context, predicate, [noun]) : hung.flatMap((c) => clauseSpans(context, c));
  const [content, ...more] = pieces;
  if (!source || !content) return null;
  return { cue: candidate.cue, source, content, more, hearer: null, verb: null, negated: false, claim: true, proposition: true, priority: 0, rule: 'cue.according-to.v2' };
};

/**
 * The clause the phrase reports on: the one it modifies, or, for a phrase that opens or closes
 * its sentence, the sentence's main clause, wherever the parser hung it ("Nearly one-third of
 * workers do not have access to retirement plans through their jobs, according to the Bureau of
 * Labor Statistics", with "Bureau" read as a conjunct of "jobs"). -1 when the parser made the
 * source the root: then the clause it hung there is the content.
 */
function clauseOf(context: SentenceContext, cue: TokenSpan, noun: number, source: TokenSpan | undefined): number {
  const { tree } = context;
  let root = noun;
  while (tree.head(root) >= 0) root = tree.head(root);
  if (root === noun) return -1;
  const sentence = subtree(tree, root);
  const opens = trimmed(context, { tokenStart: sentence.tokenStart, tokenEnd: cue.tokenStart }) === null;
  const closes = source !== undefined && trimmed(context, { tokenStart: source.tokenEnd, tokenEnd: sentence.tokenEnd }) === null;
  return opens || closes ? root : tree.head(noun);
}
