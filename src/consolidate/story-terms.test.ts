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
});
