import { describe, expect, it } from 'vitest';
import type { Article } from '../contract.js';
import { Doc } from '../doc/doc.js';
import type { Cleaner } from './cleaner.js';
import { defaultCleaners } from './configuration.js';
import { loadFurnitureLines } from './furniture-lexicon.js';
import { createCleanStage } from './stage.js';

const defaultStage = () => createCleanStage(defaultCleaners(loadFurnitureLines()));

const title = 'Giuliani held phone call with Maduro';

// Seed 000's hover cards and NBSPs inside seed 003's repeated headline and comment footer.
const original = [
  title,
  '',
  title,
  '',
  'President TrumpDonald John TrumpDavis: Supreme Court decision is bad news for Trump MORE’s personal attorney Rudy GiulianiRudy GiulianiSunday shows preview: Coronavirus poses questions about school safety MORE was on a phone call with Venezuelan President Nicolás Maduro last September.\u00a0',
  '',
  'Giuliani was on the call along with then-Rep. Pete SessionsPeter Anderson SessionsFormer FBI Director William Sessions dies at age 90 MORE (R-Texas).\u00a0It\u00a0was first reported by The Washington Post.',
  '',
  'Share this:',
  'Tweet',
  '',
  'Leave a Reply',
  '',
  'Your email address will not be published. Required fields are marked *',
].join('\n');

const expected = [
  title,
  '',
  'President Trump’s personal attorney Rudy Giuliani was on a phone call with Venezuelan President Nicolás Maduro last September.',
  '',
  'Giuliani was on the call along with then-Rep. Pete Sessions (R-Texas). It was first reported by The Washington Post.',
].join('\n');

function article(text: string, articleTitle: string | null = title): Article {
  return { id: 'a1', title: articleTitle, published: '2019-12-22', outlet: 'The Hill', url: null, text, source: 'test' };
}

describe('clean stage', () => {
  it('declares itself', () => {
    const stage = defaultStage();
    expect(stage).toMatchObject({ name: 'clean', requires: [], provides: ['clean'] });
  });

  it('cleans a scrape with hover cards, a repeated headline, share lines and a comment form', () => {
    const doc = new Doc(article(original));
    defaultStage().run(doc);
    expect(doc.cleanText).toBe(expected);
    expect(new Set(doc.edits.map((edit) => edit.cleaner))).toEqual(
      new Set(['hover-card', 'repeated-headline', 'share-lines', 'comment-form', 'non-breaking-space']),
    );
  });

  it('maps "Rudy Giuliani" in the clean text back to its place in the original', () => {
    const doc = new Doc(article(original));
    defaultStage().run(doc);
    const cleanStart = doc.cleanText.indexOf('Rudy Giuliani');
    const span = doc.toOriginal(cleanStart, cleanStart + 'Rudy Giuliani'.length);
    expect(span.start).toBe(original.indexOf('Rudy GiulianiRudy'));
    expect(span.end).toBe(original.indexOf('Rudy GiulianiRudy') + 'Rudy Giuliani'.length);
    expect(original.slice(span.start, span.end)).toBe('Rudy Giuliani');
  });

  it('maps every clean character outside replacements back to the same original character', () => {
    const doc = new Doc(article(original));
    defaultStage().run(doc);
    const replaced = new Set(doc.edits.filter((edit) => edit.replacement).map((edit) => edit.start));
    for (let i = 0; i < doc.cleanText.length; i++) {
      const at = doc.offsetMap!.toOriginalStart(i);
      if (!replaced.has(at)) expect(original[at]).toBe(doc.cleanText[i]);
    }
  });

  it('leaves a clean article as it is', () => {
    const text = 'Maduro spoke with Trump on November 21.\n\nThe call lasted 15 minutes.';
    const doc = new Doc(article(text, null));
    defaultStage().run(doc);
    expect(doc.cleanText).toBe(text);
    expect(doc.edits).toEqual([]);
    expect(doc.toOriginal(0, text.length)).toEqual({ start: 0, end: text.length });
  });

  it('runs the cleaners it is given, with the article title as context', () => {
    const seen: Array<string | null> = [];
    const dropFirstWord: Cleaner = {
      name: 'drop-first-word',
      find(text, context) {
        seen.push(context.title);
        return [{ start: 0, end: text.indexOf(' ') + 1, replacement: '', cleaner: 'drop-first-word' }];
      },
    };
    const doc = new Doc(article('Breaking: Maduro calls Trump.'));
    createCleanStage([dropFirstWord]).run(doc);
    expect(doc.cleanText).toBe('Maduro calls Trump.');
    expect(seen).toEqual([title]);
  });
});
