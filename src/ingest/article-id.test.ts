import { describe, expect, it } from 'vitest';
import { articleId, normalizeForId } from './article-id.js';

describe('articleId', () => {
  const text = 'Council approves new crossing\n\nThe council voted on Monday.';

  it('is 16 hex digits', () => {
    expect(articleId(text)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is stable across whitespace, NBSP, line endings and invisible characters', () => {
    const variants = [
      '  Council approves new crossing\r\n\r\nThe council voted on Monday.\n',
      'Council approves new crossing The council voted on Monday.',
      'Council\u00a0approves new\tcrossing\n\nThe council voted on\u00a0Monday.',
      'Council approves new cross\u00ading\n\nThe council voted on Mon\u200bday.',
    ];
    for (const variant of variants) expect(articleId(variant)).toBe(articleId(text));
  });

  it('is stable across Unicode normalization forms', () => {
    expect(articleId('Nicolás Maduro')).toBe(articleId('Nicola\u0301s Maduro'));
  });

  it('differs when the words differ', () => {
    expect(articleId('The council voted on Monday.')).not.toBe(articleId('The council voted on Tuesday.'));
  });
});

describe('normalizeForId', () => {
  it('collapses whitespace runs to one space and trims', () => {
    expect(normalizeForId(' a\u00a0\u00a0b\n\n c ')).toBe('a b c');
  });
});

describe('the NFC shortcut', () => {
  it('rests on every text below U+0300 being NFC already', () => {
    const below = (text: string) => [...text].every((char) => char.codePointAt(0)! < 0x300);
    for (let code = 0; code < 0x300; code++) {
      const char = String.fromCharCode(code);
      expect(char.normalize('NFC')).toBe(char);
    }
    // No character is composed of characters below U+0300, so none of their sequences composes.
    for (let code = 0x300; code < 0x110000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const decomposed = String.fromCodePoint(code).normalize('NFD');
      if (below(decomposed)) expect(decomposed.normalize('NFC')).toBe(decomposed);
    }
  });

  it('still normalizes texts that need it', () => {
    expect(normalizeForId('Nicola\u0301s \u212b')).toBe('Nicolás Å');
  });
});
