import { describe, expect, it } from 'vitest';
import { createChrono } from '../configuration.js';

const chrono = createChrono();
const texts = (text: string) => chrono.parse(text, { instant: new Date('2019-12-08T12:00:00Z'), timezone: 0 }).map((r) => r.text);

describe('monthWordFilter', () => {
  it('drops "may" and "march" written in lower case: they are verbs', () => {
    expect(texts('He may resign.')).toEqual([]);
    expect(texts('Protesters march on Caracas every week.')).toEqual([]);
  });

  it('keeps the capitalised month names', () => {
    expect(texts('Maduro won in May 2018.')).toEqual(['May 2018']);
    expect(texts('Talks resumed in March.')).toEqual(['March']);
  });
});
