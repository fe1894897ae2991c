import { describe, expect, it } from 'vitest';
import { hashText } from './feature-hash.js';
import { TagDictionary } from './tag-dictionary.js';
import { buildTagDictionary } from './train/build-tag-dictionary.js';

describe('the tag dictionary', () => {
  // Tag ids: 0 DET, 1 NOUN, 2 VERB.
  const sentences = [
    { words: ['the', 'talks', 'failed'], hints: ['DET', 'NOUN', 'VERB'], tags: Uint8Array.from([0, 1, 2]) },
    { words: ['the', 'talks', 'ended'], hints: ['DET', 'NOUN', 'VERB'], tags: Uint8Array.from([0, 1, 2]) },
    { words: ['the', 'minister', 'talks'], hints: ['DET', 'NOUN', 'VERB'], tags: Uint8Array.from([0, 1, 2]) },
  ];

  it('holds a word seen often enough with one tag, and not one seen with two', () => {
    const dictionary = new TagDictionary(buildTagDictionary(sentences, 3, 0.99));
    expect(dictionary.tagOf(hashText('the'))).toBe(0);
    expect(dictionary.tagOf(hashText('talks'))).toBe(-1);
    expect(dictionary.tagOf(hashText('failed'))).toBe(-1);
  });
});
