import { describe, expect, it } from 'vitest';
import { storyTerms } from './story-terms.js';

describe('storyTerms', () => {
  it('counts words without stop words, a capitalised word inside a sentence double', () => {
    const terms = storyTerms('The quake struck Lima on Monday. The quake killed two people in Lima.');
    expect(terms.get('quake')).toBe(2);
    expect(terms.get('lima')).toBe(4);
    expect(terms.has('the')).toBe(false);
    expect(terms.has('on')).toBe(false);
  });

  it("folds a possessive into its name: Zelensky's is Zelensky", () => {
    expect([...storyTerms("He met Zelensky's envoy and Zelensky.").keys()]).toContain('zelensky');
    expect(storyTerms("He met Zelensky's envoy and Zelensky.").get('zelensky')).toBe(4);
  });

  it('keeps words whole across inner apostrophes, periods and digit separators, as Unicode word boundaries do', () => {
    const words = [...storyTerms("U.S. officials don't expect 1,000 troops or 3.5% growth; co-op e-mail foo_bar.").keys()];
    expect(words).toEqual(expect.arrayContaining(['u.s', "don't", '1,000', '3.5', 'co', 'op', 'mail', 'foo_bar']));
    expect(words).not.toContain('e');
  });
});
