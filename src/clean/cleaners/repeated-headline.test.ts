import { describe, expect, it } from 'vitest';
import { applyEdits } from '../offset-map.js';
import { repeatedHeadlineCleaner } from './repeated-headline.js';

const headline = 'Trump Reveals Details of Phone Call With Maduro: “It’s Not a Pressure Campaign”';

function clean(text: string, title: string | null = null): string {
  return applyEdits(text, repeatedHeadlineCleaner.find(text, { title })).text;
}

describe('repeated-headline cleaner', () => {
  it('removes the second copy as in seed 003, without a title', () => {
    expect(clean(`${headline}\n\n${headline}\n\nU.S. President Donald Trump disclosed new details.`))
      .toBe(`${headline}\n\nU.S. President Donald Trump disclosed new details.`);
  });

  it('removes the second copy with the title from metadata', () => {
    expect(clean(`${headline}\n\n${headline}\n\nBody.`, headline)).toBe(`${headline}\n\nBody.`);
  });

  it('finds the repetition after a kicker line when the title is known', () => {
    expect(clean(`Politics\n\n${headline}\n${headline}\n\nBody.`, headline)).toBe(`Politics\n\n${headline}\n\nBody.`);
  });

  it('falls back to the first line when the title carries a site suffix', () => {
    expect(clean(`${headline}\n\n${headline}\n\nBody.`, `${headline} | The Hill`)).toBe(`${headline}\n\nBody.`);
  });

  it('ignores spacing and NBSP differences between the copies', () => {
    expect(clean('Giuliani held phone call\n\nGiuliani held\u00a0phone call \n\nBody.')).toBe('Giuliani held phone call\n\nBody.');
  });

  describe('negatives', () => {
    it('leaves a headline printed once alone (seed 000)', () => {
      const text = 'Giuliani held phone call with Maduro amid Venezuela crisis\n\nPresident Trump’s personal attorney was on a call.';
      expect(repeatedHeadlineCleaner.find(text, { title: 'Giuliani held phone call with Maduro amid Venezuela crisis' })).toEqual([]);
    });

    it('leaves the title alone when it appears later inside a sentence', () => {
      const text = `${headline}\n\nThe story headlined ${headline} ran on Monday.\n\n${headline} was the top story.`;
      expect(repeatedHeadlineCleaner.find(text, { title: headline })).toEqual([]);
    });

    it('leaves two different first lines alone', () => {
      expect(repeatedHeadlineCleaner.find('Maduro calls Trump\n\nTrump calls Maduro\n\nBody.', { title: null })).toEqual([]);
    });

    it('does not look for the repetition deep in the body', () => {
      const text = `Kicker\n\nByline\n\nDate\n\nSection\n\nMore\n\n${headline}\n\n${headline}`;
      expect(repeatedHeadlineCleaner.find(text, { title: headline })).toEqual([]);
    });

    it('leaves an empty text alone', () => {
      expect(repeatedHeadlineCleaner.find('', { title: headline })).toEqual([]);
    });
  });
});
