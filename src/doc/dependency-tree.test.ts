import { describe, expect, it } from 'vitest';
import { TokenTable } from './token-table.js';
import { DependencyTree } from './dependency-tree.js';

/** "Officials said in Kyiv Iran attacked the base ." with its heads and relations, as the syntax stage writes them. */
function parsed(): TokenTable {
  const words = ['Officials', 'said', 'in', 'Kyiv', 'Iran', 'attacked', 'the', 'base', '.'];
  const heads = [1, -1, 3, 1, 5, 1, 7, 5, 1];
  const deprels = ['nsubj', 'root', 'case', 'obl', 'nsubj', 'ccomp', 'det', 'obj', 'punct'];
  const tokens = new TokenTable(words.length);
  words.forEach((word, t) => {
    tokens.text[t] = word;
    tokens.lower[t] = word.toLowerCase();
    tokens.head[t] = heads[t];
    tokens.deprel[t] = deprels[t];
  });
  return tokens;
}

describe('DependencyTree', () => {
  const tree = new DependencyTree(parsed());

  it('lists each token\'s children in text order', () => {
    expect([...tree.children(1)]).toEqual([0, 3, 5, 8]);
    expect([...tree.children(5)]).toEqual([4, 7]);
    expect([...tree.children(6)]).toEqual([]);
  });

  it('finds a child by its relation, -1 when there is none, and the words that mark a nominal', () => {
    expect(tree.child(1, 'ccomp')).toBe(5);
    expect(tree.child(5, 'iobj')).toBe(-1);
    expect(tree.marker(3)).toBe('in');
    expect(tree.marker(5)).toBe('');
  });

  it('gives the range a subtree covers', () => {
    expect(tree.span(5)).toEqual([4, 8]);
    expect(tree.span(1)).toEqual([0, 9]);
    expect(tree.span(6)).toEqual([6, 7]);
  });

  it('reads a relation without its subtype, which token dominates which, and the head of a span', () => {
    const tokens = parsed();
    tokens.deprel[0] = 'nsubj:pass';
    expect(new DependencyTree(tokens).relation(0)).toBe('nsubj');
    expect(tree.dominates(5, 6)).toBe(true);
    expect(tree.dominates(5, 0)).toBe(false);
    expect(tree.headOf(4, 8)).toBe(5);
  });
});
