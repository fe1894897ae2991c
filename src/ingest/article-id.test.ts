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
