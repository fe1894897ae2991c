import { describe, expect, it } from 'vitest';
import { loadFurnitureLines, parseFurnitureLines } from '../furniture-lexicon.js';
import { applyEdits } from '../offset-map.js';
import { createShareLinesCleaner } from './share-lines.js';

const shareLinesCleaner = createShareLinesCleaner(loadFurnitureLines());

function clean(text: string): string {
  return applyEdits(text, shareLinesCleaner.find(text, { title: null })).text;
}

describe('share-lines cleaner (default lexicon)', () => {
  it('removes a run of share buttons between paragraphs', () => {
    const text = 'First paragraph.\n\nShare this:\n\nClick to share on Twitter (Opens in new window)\nClick to share on Facebook (Opens in new window)\nTweet\n\nSecond paragraph.';
    expect(clean(text)).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it.each([
    'Share on Facebook', 'SHARE THIS', 'Share  this:', 'Tweet', 'Advertisement', 'ADVERTISEMENT',
    'Subscribe to our newsletter', 'Sign up for our daily newsletter', 'Read more:', 'Related:',
    'Facebook | Twitter | Email', 'Story continues below advertisement',
    'Read more: Trump says he spoke with Maduro', 'Related: Venezuela frees six Americans',
    'Sign up for The Hill’s morning newsletter to get the news first.',
  ])('removes the line %j', (line) => {
    expect(clean(`Before.\n\n${line}\n\nAfter.`)).toBe('Before.\n\nAfter.');
  });

  it('removes furniture at the start and at the end of the text', () => {
    expect(clean('Advertisement\n\nBody.\n\nShare this:\nTweet\n')).toBe('Body.');
  });

  describe('negatives', () => {
    it.each([
      'Shareholders subscribed to the offer.',
      'He would not share this information with reporters.',
      'Trump said he would tweet about it later.',
      'The advertisement ran in three states.',
      'Related stories ran in the Post and the Times.',
      'Read more about the call in the Post.',
    ])('leaves %j alone', (line) => {
      const text = `Before.\n\n${line}\n\nAfter.`;
      expect(shareLinesCleaner.find(text, { title: null })).toEqual([]);
    });
  });
});

describe('share-lines cleaner (own lexicon)', () => {
  it('uses the phrases and patterns it is given', () => {
    const cleaner = createShareLinesCleaner(parseFurnitureLines('# mine\nTeilen\n/Mehr zum Thema: .+/\n', 'mine.txt'));
    const text = 'Satz eins.\n\nTeilen\n\nMehr zum Thema: Maduro\n\nSatz zwei.\n\nShare this:';
    expect(applyEdits(text, cleaner.find(text, { title: null })).text).toBe('Satz eins.\n\nSatz zwei.\n\nShare this:');
  });
});
