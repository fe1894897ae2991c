import { describe, expect, it } from 'vitest';
import { datelineEnd } from './dateline.js';

const words = (text: string) => text.split(' ');
const end = (text: string) => {
  const w = words(text);
  return datelineEnd(w, 0, w.length);
};

describe('datelineEnd', () => {
  it('finds the dash that closes a wire dateline', () => {
    expect(end('PARIS , Nov 21 ( Reuters ) - Macron spoke .')).toBe(7);
    expect(end('KYIV , Ukraine ( AP ) — Zelensky held a call .')).toBe(6);
    expect(end('WASHINGTON ( Reuters ) - The Senate voted .')).toBe(4);
  });

  it('finds none where the opening words are a sentence of their own', () => {
    expect(end('Iran , Iraq and Syria - all of them - agreed .')).toBe(-1);
    expect(end('Obama , who spoke first - and longest - left .')).toBe(-1);
    expect(end('The talks - held on Monday - failed .')).toBe(-1);
  });
});
