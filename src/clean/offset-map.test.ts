import { describe, expect, it } from 'vitest';
import { applyEdits, type TextEdit } from './offset-map.js';

const del = (start: number, end: number, cleaner = 'test'): TextEdit => ({ start, end, replacement: '', cleaner });
const put = (start: number, end: number, replacement: string, cleaner = 'test'): TextEdit => ({ start, end, replacement, cleaner });

/** Clean text and, for every kept character, its original offset, computed the slow way. */
function reference(original: string, edits: TextEdit[]): { text: string; kept: Map<number, number> } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const kept = new Map<number, number>();
  let text = '';
  let cursor = 0;
  for (const edit of sorted) {
    for (; cursor < edit.start; cursor++) {
      kept.set(text.length, cursor);
      text += original[cursor];
    }
    text += edit.replacement;
    cursor = edit.end;
  }
  for (; cursor < original.length; cursor++) {
    kept.set(text.length, cursor);
    text += original[cursor];
  }
  return { text, kept };
}

describe('applyEdits and OffsetMap', () => {
  const original = 'President TrumpDonald John TrumpDavis: teaser MORE’s attorney.';
  const card = del(original.indexOf('Donald'), original.indexOf('’s'));

  it('builds the clean text', () => {
    expect(applyEdits(original, [card]).text).toBe('President Trump’s attorney.');
  });

  it('maps every kept character back to the same character', () => {
    const { text, map } = applyEdits(original, [card]);
    for (let i = 0; i < text.length; i++) expect(original[map.toOriginalStart(i)]).toBe(text[i]);
    for (let i = 1; i <= text.length; i++) expect(original[map.toOriginalEnd(i) - 1]).toBe(text[i - 1]);
  });

  it('maps a span across a deletion to the original span covering it', () => {
    const { text, map } = applyEdits(original, [card]);
    const start = text.indexOf('Trump’s');
    const span = map.toOriginalRange(start, start + 'Trump’s'.length);
    expect(original.slice(span.start, span.end)).toBe('TrumpDonald John TrumpDavis: teaser MORE’s');
  });

  it('maps spans on either side of a deletion to exactly their own text', () => {
    const { text, map } = applyEdits(original, [card]);
    const trump = text.indexOf('Trump');
    const before = map.toOriginalRange(trump, trump + 5);
    expect(original.slice(before.start, before.end)).toBe('Trump');
    const after = map.toOriginalRange(trump + 5, text.length);
    expect(original.slice(after.start, after.end)).toBe('’s attorney.');
  });

  it('keeps an empty range empty at a deletion boundary', () => {
    const { text, map } = applyEdits(original, [card]);
    const boundary = text.indexOf('’s');
    const span = map.toOriginalRange(boundary, boundary);
    expect(span.start).toBe(span.end);
  });

  it('maps an equal-length replacement one for one and a longer one as a block', () => {
    const text = 'It\u00a0was Venezuela & co.';
    const { text: cleaned, map } = applyEdits(text, [put(2, 3, ' '), put(text.indexOf('&'), text.indexOf('&') + 1, 'and')]);
    expect(cleaned).toBe('It was Venezuela and co.');
    expect(map.toOriginalStart(2)).toBe(2);
    expect(map.toOriginalStart(3)).toBe(3);
    const and = cleaned.indexOf('and');
    expect(map.toOriginalRange(and, and + 3)).toEqual({ start: text.indexOf('&'), end: text.indexOf('&') + 1 });
    expect(map.toOriginalRange(and + 1, and + 2)).toEqual({ start: text.indexOf('&'), end: text.indexOf('&') + 1 });
    expect(map.toOriginalStart(cleaned.indexOf('co'))).toBe(text.indexOf('co'));
  });

  it('handles an insertion', () => {
    const { text, map } = applyEdits('ab', [put(1, 1, 'X')]);
    expect(text).toBe('aXb');
    expect(map.toOriginalStart(2)).toBe(1);
    expect(map.toOriginalRange(1, 2)).toEqual({ start: 1, end: 1 });
  });

  it('merges overlapping edits into the first one, and the longer of two that start together', () => {
    const text = 'abcdefghij';
    const inside = applyEdits(text, [put(3, 4, ' ', 'space'), del(2, 6, 'card')]);
    expect(inside.text).toBe('abghij');
    expect(inside.applied).toEqual([del(2, 6, 'card')]);

    const crossing = applyEdits(text, [del(2, 5, 'first'), del(4, 8, 'second')]);
    expect(crossing.text).toBe('abij');
    expect(crossing.applied).toEqual([del(2, 8, 'first')]);

    const sameStart = applyEdits(text, [put(2, 3, ' ', 'space'), del(2, 6, 'card')]);
    expect(sameStart.applied).toEqual([del(2, 6, 'card')]);

    const sameRange = applyEdits(text, [del(2, 6, 'listed-first'), del(2, 6, 'listed-second')]);
    expect(sameRange.applied).toEqual([del(2, 6, 'listed-first')]);
  });

  it('keeps adjacent edits apart', () => {
    const { text, applied } = applyEdits('abcdef', [del(1, 3, 'one'), del(3, 5, 'two')]);
    expect(text).toBe('af');
    expect(applied.map((edit) => edit.cleaner)).toEqual(['one', 'two']);
  });

  it('maps the ends of the text', () => {
    const { text, map } = applyEdits('XXabcYY', [del(0, 2), del(5, 7)]);
    expect(text).toBe('abc');
    expect(map.toOriginalStart(0)).toBe(2);
    expect(map.toOriginalEnd(3)).toBe(5);
    expect(map.toOriginalStart(3)).toBe(7);
    expect(map.toOriginalEnd(0)).toBe(0);
  });

  it('maps an untouched text onto itself and drops no-op edits', () => {
    const { text, map, applied } = applyEdits('abc', [del(1, 1)]);
    expect(text).toBe('abc');
    expect(applied).toEqual([]);
    expect(map.toOriginalRange(0, 3)).toEqual({ start: 0, end: 3 });
  });

  it('rejects an edit outside the text', () => {
    expect(() => applyEdits('abc', [del(2, 5, 'broken')])).toThrow(/cleaner broken proposed the edit \[2, 5\)/);
    expect(() => applyEdits('abc', [del(2, 1)])).toThrow(RangeError);
  });

  it('agrees with a slow reference on random non-overlapping edits', () => {
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const length = 1 + random(60);
      const original = Array.from({ length }, (_, i) => String.fromCharCode(97 + ((i * 7 + round) % 26))).join('');
      const edits: TextEdit[] = [];
      let cursor = 0;
      while (cursor < length) {
        cursor += random(6);
        if (cursor > length) break;
        const end = Math.min(length, cursor + random(5));
        const replacement = ['', ' ', 'XY', 'Z'][random(4)];
        if (end > cursor || replacement) edits.push(put(cursor, end, replacement));
        cursor = end + 1;
      }
      const expected = reference(original, edits);
      const { text, map } = applyEdits(original, edits);
      expect(text).toBe(expected.text);
      for (const [cleanIndex, originalIndex] of expected.kept) {
        expect(map.toOriginalStart(cleanIndex)).toBe(originalIndex);
        expect(map.toOriginalEnd(cleanIndex + 1)).toBe(originalIndex + 1);
        expect(text[cleanIndex]).toBe(original[map.toOriginalStart(cleanIndex)]);
      }
    }
  });
});
