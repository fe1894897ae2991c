// Whose clause a verb's is: its grammatical subject, read off the parse. Each rule looks at one
// relation; the first that finds a subject wins, and a verb's own subject stops the search even
// when it is no actor ("the plan failed" lends nothing to "and Iran attacked"). Whether that
// subject acts or is acted on is the verb's voice (voice.ts). The order is the events
// configuration's (src/events/configuration.ts).
import type { ArgumentContext } from './context.js';
import { fillerAt, type SlotFiller } from './party.js';

export interface SubjectRule {
  name: string;
  /** The subject of verb `v`; `subjectOf` reads another verb's subject, through the same rules. */
  find(context: ArgumentContext, v: number, subjectOf: (v: number) => SlotFiller): SlotFiller;
}

const NONE: SlotFiller = { kind: 'none' };

const prefixed = (filler: SlotFiller, prefix: string): SlotFiller =>
  filler.kind === 'party' ? { ...filler, party: { mention: filler.party.mention, path: `${prefix} ${filler.party.path}` } } : filler;

/** "Iran accused Israel", "Iran was attacked": the verb's own subject, active or passive. */
export const ownSubject: SubjectRule = {
  name: 'nsubj',
  find(context, v) {
    const { tree } = context;
    const found = tree.child(v, 'nsubj');
    // "officials accused by Washington of [corruption] met …": a noun its preposition marks is an
    // oblique the parser misread, never a subject.
    const active = found >= 0 && tree.marker(found) !== '' ? -1 : found;
    // "Sessions was part of the effort and accepted an invitation", parsed with "part" as the subject:
    // a noun with a copula and a subject of its own is a predicate, and its subject is the verb's.
    if (active >= 0 && tree.child(active, 'cop') >= 0 && tree.child(active, 'nsubj') >= 0) return fillerAt(context, tree.child(active, 'nsubj'), 'nsubj > nsubj');
    if (active >= 0) return fillerAt(context, active, 'nsubj');
    const passive = tree.child(v, 'nsubj:pass');
    if (passive >= 0) return fillerAt(context, passive, 'nsubj:pass');
    // "In Berlin, German Chancellor Friedrich Merz apologised …", parsed with the name in apposition to
    // "Berlin": a fronted phrase's apposition before a verb without a subject is that verb's subject.
    for (const c of tree.children(v)) {
      if (c > v || tree.relation(c) !== 'obl') continue;
      const appos = tree.child(c, 'appos');
      if (appos >= 0 && appos < v) return fillerAt(context, appos, 'obl > appos');
    }
    // "Syria says it is willing to …": a pronoun the parser took for an expletive, when coreference gave it an antecedent.
    const expletive = tree.child(v, 'expl');
    const filler = fillerAt(context, expletive, 'expl');
    return filler.kind === 'party' ? filler : NONE;
  },
};

/** "met Putin and signed a deal", "was arrested and charged": a coordinated verb without a subject shares the first verb's. */
export const sharedSubject: SubjectRule = {
  name: 'conj',
  find(context, v, subjectOf) {
    const { tree } = context;
    if (tree.relation(v) !== 'conj' || !isVerbal(context, tree.head(v))) return NONE;
    return prefixed(subjectOf(tree.head(v)), 'conj <');
  },
};

/**
 * "agreed to meet Putin", "urged Iran to attack", "was asked to leave": an infinitive complement's
 * subject is the controlling verb's object when it has one, else its subject (as enhanced UD reads control).
 */
export const controller: SubjectRule = {
  name: 'xcomp',
  find(context, v, subjectOf) {
    const { tree } = context;
    if (tree.tokens.deprel[v] !== 'xcomp') return NONE;
    const head = tree.head(v);
    const object = fillerAt(context, tree.child(head, 'obj'), 'xcomp < obj');
    return object.kind !== 'none' ? object : prefixed(subjectOf(head), 'xcomp <');
  },
};

/** "went to Moscow to meet Putin", "Rebels attacked, killing five": a purpose or participle clause shares the main subject. */
export const adverbialClause: SubjectRule = {
  name: 'advcl',
  find(context, v, subjectOf) {
    const { tree, tokens } = context;
    if (tree.relation(v) !== 'advcl') return NONE;
    const marker = tree.marker(v);
    if (marker !== 'to' && !(marker === '' && (tokens.xpos[v] === 'VBG' || tokens.xpos[v] === 'VBN'))) return NONE;
    return prefixed(subjectOf(tree.head(v)), 'advcl <');
  },
};

/** "whose killing by police sparked anger": a gerund without a subject names its agent with "by". */
export const gerundAgent: SubjectRule = {
  name: 'obl:by',
  find(context, v) {
    const { tree, tokens } = context;
    if (tokens.xpos[v] !== 'VBG') return NONE;
    for (const c of tree.children(v)) if (tree.relation(c) === 'obl' && tree.marker(c) === 'by') return fillerAt(context, c, 'obl:by');
    return NONE;
  },
};

/** "protesters demanding reforms", "officials accused by Washington": a participle describing a noun is that noun's clause. */
export const describedNoun: SubjectRule = {
  name: 'acl',
  find(context, v) {
    const { tree, tokens } = context;
    if (tokens.deprel[v] !== 'acl' || (tokens.xpos[v] !== 'VBG' && tokens.xpos[v] !== 'VBN')) return NONE;
    return fillerAt(context, tree.head(v), 'acl <');
  },
};

function isVerbal(context: ArgumentContext, t: number): boolean {
  const pos = context.tokens.pos[t];
  return t >= 0 && (pos === 'VERB' || pos === 'AUX' || context.tree.child(t, 'nsubj') >= 0 || context.tree.child(t, 'cop') >= 0);
}

/** The first rule's finding, following `rules` in order. */
export function findSubject(context: ArgumentContext, v: number, rules: readonly SubjectRule[], depth = 0): SlotFiller {
  const subjectOf = (u: number) => (depth < 4 ? findSubject(context, u, rules, depth + 1) : NONE);
  for (const rule of rules) {
    const found = rule.find(context, v, subjectOf);
    if (found.kind !== 'none') return found;
  }
  return NONE;
}

