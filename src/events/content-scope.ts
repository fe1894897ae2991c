// "accused Iran of attacking Iraq" is one accusation: a trigger whose pattern governs its clause
// makes what it governs in the parse (its objects, obliques, complement clauses) its content, and
// a trigger there is not an event of its own. What the trigger does not govern (its subject, a
// conjoined verb: "condemned the raid and recalled its envoy") is left alone.
import type { DependencyTree } from '../doc/dependency-tree.js';
import { CONTENT_MARKERS, CONTENT_RELATIONS } from './configuration.js';

/**
 * Whether `t` lies in the content of the trigger anchored at `governor`. A relative clause on a
 * noun of the content is a clause of its own ("met Manalo and President Marcos, who thanked Japan").
 */
export function inContentOf(tree: DependencyTree, governor: number, t: number): boolean {
  if (t === governor) return false;
  for (let at = t; at >= 0 && at !== governor; at = tree.head(at)) if (tree.tokens.deprel[at] === 'acl:relcl') return false;
  for (const c of tree.children(governor)) {
    const relation = tree.relation(c);
    const content = CONTENT_RELATIONS.has(relation) || relation === 'advcl' && CONTENT_MARKERS.has(tree.marker(c));
    if (content && tree.dominates(c, t)) return true;
  }
  return false;
}
