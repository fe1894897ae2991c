// Whether a verb is passive in the parse, so that its subject is the one acted on: it has a
// passive subject or auxiliary ("Iran was attacked", "has been expelled"), it is a participle
// describing a noun ("officials accused by Washington"), or a participle joined to a passive
// verb ("was arrested and charged").
import type { DependencyTree } from '../../doc/dependency-tree.js';

export function isPassive(tree: DependencyTree, v: number): boolean {
  let active = false;
  let passive = false;
  let complement = false;
  for (const c of tree.children(v)) {
    const relation = tree.tokens.deprel[c];
    // A "by" agent makes a verb passive whatever the tagger thought of it ("Venezuela accused by Colombia").
    if (relation === 'nsubj:pass' || relation === 'aux:pass' || relation === 'csubj:pass' || relation === 'obl:agent') passive = true;
    if (relation === 'nsubj') active = true;
    if (relation === 'xcomp') complement = true;
  }
  // "is prepared to negotiate", "was determined to settle": a participle with its infinitive and no
  // agent is an adjective; its subject does what the infinitive says.
  if (passive) return !(complement && agentOf(tree, v) < 0);
  const participle = tree.tokens.xpos[v] === 'VBN';
  if (!participle || active) return false;
  if (tree.tokens.deprel[v] === 'acl') return true;
  return tree.relation(v) === 'conj' && tree.tokens.xpos[tree.head(v)] === 'VBN' && isPassive(tree, tree.head(v));
}

/**
 * The "by" agent of a passive: obl:agent, or an oblique marked "by" the parser left unlabelled, or
 * hung on the clause the passive governs ("Russia was accused of spying by Britain").
 */
export function agentOf(tree: DependencyTree, v: number): number {
  const agent = tree.child(v, 'obl:agent');
  if (agent >= 0) return agent;
  for (const c of tree.children(v)) if (tree.relation(c) === 'obl' && tree.marker(c) === 'by') return c;
  for (const clause of tree.children(v)) {
    if (tree.relation(clause) !== 'advcl' && tree.relation(clause) !== 'xcomp' || tree.child(clause, 'nsubj') >= 0) continue;
    for (const c of tree.children(clause)) if (tree.relation(c) === 'obl' && tree.marker(c) === 'by') return c;
  }
  return -1;
}
