import { describe, expect, it } from 'vitest';
import { firstWordsOf, indexWords, startFinder, wordsOf } from './word-index.js';

describe('startFinder', () => {
  it('gives the offsets where a start word, a prefix, a digit or a mark begins, in order and once', () => {
    const starts = startFinder({ starts: ['the', 'a'], prefixes: ['sept'], digits: true, marks: "'" });
    //            0         1         2         3         4
    //            0123456789012345678901234567890123456789012345
    const text = "The 1990s, a theme: Sept. 9 and September '80s";
    expect(starts(text)).toEqual([0, 4, 11, 20, 26, 32, 42, 43]);
  });

  it('reads words whole and in any case: "the" is not in "theme" or "bathe"', () => {
    expect(startFinder({ starts: ['the'] })('bathe THE theme tHe')).toEqual([6, 16]);
  });

  it('finds nothing in a text without any of the required words', () => {
    const starts = startFinder({ starts: ['the'], requires: ['quarter'] });
    expect(starts('the year')).toEqual([]);
    expect(starts('the quarter')).toEqual([0]);
    expect(starts('the quarters')).toEqual([]);
  });

  it('gives no offsets (search everywhere) for a text with ſ or K, which case-insensitive patterns read as s and k', () => {
    expect(startFinder({ starts: ['the'] })('the ſeason')).toBeNull();
    expect(startFinder({ starts: ['the'] })('the \u212Aing')).toBeNull();
  });

  it('keeps every word when the word table grows', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}q${i * 7919}`);
    const starts = startFinder({ starts: words });
    const text = words.join(' ');
    expect(starts(text)).toHaveLength(words.length);
  });

  it('rejects a word that is not one run of ASCII letters and digits', () => {
    expect(() => startFinder({ starts: ['semi-annually'] })).toThrow();
    expect(() => startFinder({ starts: ['The'] })).toThrow();
  });
});

describe('indexWords', () => {
  it('is null only for a text with ſ or K', () => {
    expect(indexWords('plain text, £5 and “quotes”')).not.toBeNull();
    expect(indexWords('ſ')).toBeNull();
  });
});

describe('wordsOf and firstWordsOf', () => {
  it('split phrases into the words an index reads', () => {
    expect(wordsOf(["valentine's day", 'semi-annually', 'Day'])).toEqual(['valentine', 's', 'day', 'semi', 'annually']);
    expect(firstWordsOf(["new year's eve", 'new moon', 'the fourth of july'])).toEqual(['new', 'the']);
  });
});
