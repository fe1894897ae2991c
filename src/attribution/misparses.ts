// Shapes the parser often gets wrong around reported speech, recognised from the tree it gives,
// so that content and source can still be read from it.
import type { SentenceContext } from './sentence-context.js';
import { subtree } from './tree-spans.js';

const RELATIVE_PRONOUNS = new Set(['that', 'who', 'whom', 'which', 'whose', 'where', 'when']);
/** Roles a relative pronoun fills in its clause; a clause with all of them filled otherwise has no gap for one. */
const GAP_ROLES = ['nsubj', 'obj'];

/**
 * A clause the parser hung on a noun as a relative clause although it has no gap for a relative
 * pronoun: "that" is its mark, or the role the parser gave "that" is filled in the clause already
 * ("Patrick told Cruz backers Saturday night [that Cruz has taken every punch]": that = obj,
 * punch = obj), or it has no relative word and a subject and an object or predicate of its own
 * ("Ryan told a news conference [they are planting the seeds]").
 */
export function misreadRelative(context: SentenceContext, clause: number): boolean {
  const { tree, tokens } = context;
  if (tree.relation(clause) !== 'acl') return false;
  const first = subtree(tree, clause).tokenStart;
  if (tokens.lower[first] === 'that' && tree.head(first) === clause) {
    const role = tokens.deprel[first];
    if (role === 'mark') return true;
    for (const c of tree.children(clause)) if (c !== first && tokens.deprel[c] === role) return true;
    return false;
  }
  const roles = new Set<string>();
  for (const c of tree.children(clause)) {
    if (RELATIVE_PRONOUNS.has(tokens.lower[c]) || tokens.xpos[c].startsWith('W')) return false;
    roles.add(tree.relation(c));
  }
  return roles.has('nsubj') && (GAP_ROLES.every((role) => roles.has(role)) || roles.has('cop') || roles.has('ccomp') || roles.has('xcomp'));
}

/** How far up a participle's reporting verb may stand ("hailed the vote as “fantastic,” telling …": three heads up). */
const MAX_LOWERED = 4;

/**
 * A reporting verb without a subject that goes with another reporting verb, which the parser
 * attached inside the first one's content instead: "He said his attacks have given his campaign
 * momentum and [said] that Trump …", "Clinton says she respects Sanders' “passion” but [argues]
 * that …" (a conjunct of the content in the reporting verb's own tense), "Trump
 * argued that a database would keep people from coming into the country illegally, [saying] it's
 * “all about management.”", "Trump has hailed the vote as “fantastic,” [telling] reporters …" (a
 * participle after a comma). Returns the first reporting verb, whose subject the second shares,
 * or -1.
 */
export function loweredReport(context: SentenceContext, verb: number): number {
  const { tree, tokens, lexicon } = context;
  const reports = (t: number) => tokens.pos[t] === 'VERB' && lexicon.verbs.has(tokens.lemma[t].toLowerCase());
  if (tree.child(verb, 'nsubj') >= 0 || !reports(verb)) return -1;
  const content = tree.head(verb);
  if (content < 0) return -1;
  if (tree.relation(verb) === 'conj') {
    const reporter = tree.head(content);
    return reporter >= 0 && tree.relation(content) === 'ccomp' && reports(reporter) && tokens.xpos[reporter] === tokens.xpos[verb] ? reporter : -1;
  }
  if (tokens.xpos[verb] !== 'VBG' || tokens.text[verb - 1] !== ',' || reports(content)) return -1;
  for (let up = tree.head(content), steps = 1; up >= 0 && steps < MAX_LOWERED; up = tree.head(up), steps++) if (reports(up)) return up;
  return -1;
}
