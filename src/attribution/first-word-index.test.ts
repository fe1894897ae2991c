import { describe, expect, it } from 'vitest';
import { firstPhrase, firstWordIndex } from './first-word-index.js';

const phrases = [
  { words: ['according', 'to', 'the'], id: 1 },
  { words: ['make', 'clear'], id: 2 },
  { words: ['made', 'clear'], id: 3 },
  { words: ['according', 'to'], id: 4 },
  { words: ['make'], id: 5 },
];

describe('firstPhrase', () => {
  const index = firstWordIndex(phrases);

  it('gives the phrase the list gives first among those that match', () => {
    expect(firstPhrase(index, 'according', null, () => true)?.id).toBe(1);
    expect(firstPhrase(index, 'according', null, (p) => p.words.length === 2)?.id).toBe(4);
    expect(firstPhrase(index, 'said', null, () => true)).toBeUndefined();
  });

  it('keeps list order across both first words', () => {
    expect(firstPhrase(index, 'made', 'make', () => true)?.id).toBe(2);
    expect(firstPhrase(index, 'make', 'made', (p) => p.id !== 2)?.id).toBe(3);
    expect(firstPhrase(index, 'make', 'make', (p) => p.words.length === 1)?.id).toBe(5);
  });

  it('builds one index per list', () => {
    expect(firstWordIndex(phrases)).toBe(index);
  });
});
