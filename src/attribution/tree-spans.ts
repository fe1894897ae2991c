// Two ways the attribution recognisers read the dependency tree: a subtree as a token span, and
// the first dependent with any of several relations ("ccomp" or "parataxis").
import type { DependencyTree } from '../doc/dependency-tree.js';
import type { TokenSpan } from '../doc/layers.js';

export function subtree(tree: DependencyTree, t: number): TokenSpan {
  const [tokenStart, tokenEnd] = tree.span(t);
  return { tokenStart, tokenEnd };
}

/** The first dependent of `t` whose relation (subtype included, as written) is one of `deprels`; -1 if none. */
export function childOf(tree: DependencyTree, t: number, ...deprels: string[]): number {
  for (const c of tree.children(t)) if (deprels.includes(tree.tokens.deprel[c])) return c;
  return -1;
}
