// Who speaks, read from the tree: the reporting verb's subject; with none of its own, the subject
// of the verb it goes on from ("He said … and [added] that …", "declined to [say]", "…, [saying]
// that …"), or the noun a participle describes ("a statement [saying] …").
import type { TokenSpan } from '../doc/layers.js';
import { clauseSpans, trimmed } from './clause-span.js';
import type { SentenceContext } from './sentence-context.js';
import { loweredReport } from './misparses.js';
import { subtree } from './tree-spans.js';

/** How many verbs up a shared subject is looked for ("declined to comment further, adding …"). */
const MAX_CLIMB = 3;
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);
/** Relations over which a verb shares its head's subject. */
const SHARED = new Set(['conj', 'xcomp', 'advcl', 'parataxis']);

export function verbSource(context: SentenceContext, verb: number): TokenSpan | null {
  const { tree, tokens } = context;
  const misreadSubject = phraseReadAsSentence(context, verb);
  if (misreadSubject) return misreadSubject;
  let at = verb;
  for (let step = 0; step <= MAX_CLIMB && at >= 0; step++) {
    const subject = subjectOf(context, at);
    if (subject >= 0) return trimmed(context, joinedSubject(context, at, subject));
    const coordinated = loweredReport(context, at);
    const head = coordinated >= 0 ? coordinated : tree.head(at);
    if (head < 0) return null;
    const relation = tree.relation(at);
    // "a statement saying …", "officials speaking on condition of anonymity": the noun speaks (not "at the time, adding …");
    // "Sanders accused Republicans …" read as a noun and its relative clause: a finite verb has its subject there.
    if (relation === 'acl' && (tokens.xpos[at] === 'VBG' || FINITE.has(tokens.xpos[at]))) return tree.child(head, 'case') < 0 ? (clauseSpans(context, head, [at])[0] ?? null) : null;
    // A clause of its own ("when he arrived, she said …") does not lend its subject, but ", saying …" and "and added" do.
    if (!SHARED.has(relation) || ((relation === 'advcl' || relation === 'parataxis') && tokens.xpos[at] !== 'VBG')) return null;
    at = head;
  }
  return null;
}

/**
 * The verb's subject; of two, the one nearest before the verb: in "“Well, Donald, those days are
 * over,” Clinton said" the parser may take the vocative for a second subject.
 */
export function subjectOf(context: SentenceContext, verb: number): number {
  const { tree } = context;
  let found = -1;
  for (const c of tree.children(verb)) {
    if (tree.tokens.deprel[c] !== 'nsubj' && tree.tokens.deprel[c] !== 'nsubj:outer') continue;
    if (c < verb || found < 0) found = c;
  }
  return found;
}

/** The subject's words, with a second subject right before it that the parser split off: "[Six] [in 10 residents] say", "[Sessions] [spokesperson Matt Mackowiak] confirmed". */
function joinedSubject(context: SentenceContext, verb: number, subject: number): TokenSpan {
  const { tree } = context;
  const span = subtree(tree, subject);
  for (const c of tree.children(verb)) {
    const other = subtree(tree, c);
    // Not across a comma or a quote mark: "“Well, Donald, …,” Clinton said" has a vocative in a quote before the subject.
    if (c !== subject && tree.relation(c) === 'nsubj' && other.tokenEnd === span.tokenStart && tree.tokens.pos[other.tokenEnd - 1] !== 'PUNCT') return { tokenStart: other.tokenStart, tokenEnd: span.tokenEnd };
  }
  return span;
}

/** Relations of a head's dependents that make it a clause of its own, not a phrase. */
const PREDICATE_DEPENDENTS = new Set(['cop', 'aux', 'aux:pass', 'obj']);

/**
 * "[Sources familiar with the deal] said that …", "But [a source familiar with the FDIC's internal
 * investigation] said …": the parser made the phrase before the verb a sentence of its own (its
 * noun or its adjective the root) and hung the verb on it. With no comma between and no
 * predicate in that phrase, the phrase is the verb's subject.
 */
function phraseReadAsSentence(context: SentenceContext, verb: number): TokenSpan | null {
  const { tree, tokens } = context;
  if (!['parataxis', 'advcl'].includes(tree.relation(verb))) return null;
  let root = verb;
  while (tree.head(root) >= 0) root = tree.head(root);
  if (root > verb || tokens.pos[root] === 'VERB' || [...tree.children(root)].some((c) => PREDICATE_DEPENDENTS.has(tokens.deprel[c]))) return null;
  let start = subtree(tree, root).tokenStart;
  while (start < verb && (tokens.pos[start] === 'PUNCT' || tokens.deprel[start] === 'cc')) start++;
  for (let t = start; t < verb; t++) if (tokens.pos[t] === 'PUNCT' || tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX') return null;
  return start < verb ? { tokenStart: start, tokenEnd: verb } : null;
}
