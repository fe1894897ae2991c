import { describe, expect, it } from 'vitest';
import { applyEdits } from '../offset-map.js';
import { nonBreakingSpaceCleaner } from './non-breaking-space.js';

function clean(text: string): string {
  return applyEdits(text, nonBreakingSpaceCleaner.find(text, { title: null })).text;
}

describe('non-breaking-space cleaner', () => {
  it('turns an NBSP between words into a space, keeping offsets one for one', () => {
    const text = 'It\u00a0was first reported by the Post. Juan\u00a0Guaidó and 10\u202Fkm';
    const { text: cleaned, map } = applyEdits(text, nonBreakingSpaceCleaner.find(text, { title: null }));
    expect(cleaned).toBe('It was first reported by the Post. Juan Guaidó and 10 km');
    expect(cleaned.length).toBe(text.length);
    const guaido = cleaned.indexOf('Guaidó');
    expect(map.toOriginalStart(guaido)).toBe(text.indexOf('Guaidó'));
  });

  it('deletes NBSPs that only pad a line end or another space (seed 000)', () => {
    expect(clean('amid heightened tensions.\u00a0\n\nIn his impeachment.\u00a0 Giuliani appears\u00a0 with regard.\u00a0\u00a0\n'))
      .toBe('amid heightened tensions.\n\nIn his impeachment. Giuliani appears with regard.\n');
  });

  it('keeps one space for a run of NBSPs between words', () => {
    expect(clean('Juan\u00a0\u00a0Guaidó')).toBe('Juan Guaidó');
  });

  it('deletes invisible characters', () => {
    expect(clean('\uFEFFNicol\u00E1s Ma\u200Bduro and Gua\u00ADid\u00F3\u2060.')).toBe('Nicolás Maduro and Guaidó.');
  });

  describe('negatives', () => {
    it.each([
      'Plain text with  two spaces, a\ttab and\nnew lines.',
      'Nicolás Maduro “said” it — twice…',
      '',
    ])('leaves %j alone', (text) => {
      expect(nonBreakingSpaceCleaner.find(text, { title: null })).toEqual([]);
    });
  });
});
