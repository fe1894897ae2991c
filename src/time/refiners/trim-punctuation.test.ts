import { describe, expect, it } from 'vitest';
import { createChrono } from '../configuration.js';

const chrono = createChrono();
const parse = (text: string) => chrono.parse(text, { instant: new Date('2019-12-08T12:00:00Z'), timezone: 0 });

describe('trimPunctuation', () => {
  it('ends a time expression at its last word: "September," → "September"', () => {
    const [result] = parse('Talks resumed in September, officials said.');
    expect(result.text).toBe('September');
    expect('Talks resumed in September, officials said.'.slice(result.index, result.index + result.text.length)).toBe('September');
  });

  it('leaves an expression without trailing punctuation alone', () => {
    expect(parse('Talks were held in September 2018.').map((r) => r.text)).toEqual(['September 2018']);
  });
});
