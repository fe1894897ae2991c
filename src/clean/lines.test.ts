import { describe, expect, it } from 'vitest';
import { deleteLineBlock, findLineBlocks, normalizeLine, splitLines } from './lines.js';
import { applyEdits } from './offset-map.js';

function deleteLine(text: string, wanted: string): string {
  const lines = splitLines(text);
  const index = lines.findIndex((line) => line.text === wanted);
  return applyEdits(text, [deleteLineBlock(lines, index, index, 'test')]).text;
}

describe('splitLines', () => {
  it('gives each line its offsets, without the line break', () => {
    expect(splitLines('a\r\nbc\n\nd')).toEqual([
      { start: 0, end: 1, text: 'a' },
      { start: 3, end: 5, text: 'bc' },
      { start: 6, end: 6, text: '' },
      { start: 7, end: 8, text: 'd' },
    ]);
    expect(splitLines('')).toEqual([{ start: 0, end: 0, text: '' }]);
  });
});

describe('normalizeLine', () => {
  it('collapses whitespace, NBSPs included, and drops invisible characters', () => {
    expect(normalizeLine('  Leave a\u00a0\u200bReply \t')).toBe('Leave a Reply');
  });

  it('changes each of the things it normalizes on its own, and leaves plain prose as it is', () => {
    expect(normalizeLine('Share this: Facebook, X')).toBe('Share this: Facebook, X');
    for (const [line, normalized] of [[' A', 'A'], ['A ', 'A'], ['A  B', 'A B'], ['A\tB', 'A B'], ['A\u00a0B', 'A B'], ['A\u00adB', 'AB'], ['\ufeffA', 'A'], ['A\u2060', 'A']]) {
      expect(normalizeLine(line)).toBe(normalized);
    }
  });
});

describe('deleteLineBlock', () => {
  it('takes the narrower of the two line breaks around the block', () => {
    expect(deleteLine('A\n\nX\n\nB', 'X')).toBe('A\n\nB');
    expect(deleteLine('A\n\nX\nB', 'X')).toBe('A\n\nB');
    expect(deleteLine('A\nX\n\n\nB', 'X')).toBe('A\n\n\nB');
  });

  it('leaves no break behind at either end of the text', () => {
    expect(deleteLine('X\n\nB', 'X')).toBe('B');
    expect(deleteLine('A\n\nX\n\n', 'X')).toBe('A');
    expect(deleteLine('X', 'X')).toBe('');
  });
});

describe('findLineBlocks', () => {
  it('joins noise lines across blank lines and needs one strong line per block', () => {
    const lines = splitLines('weak\n\nstrong\nweak\nbody\nweak\n\nweak\nbody\nstrong');
    const kind = (line: { text: string }) => (line.text === 'strong' ? 'strong' : line.text === 'weak' ? 'weak' : null);
    expect(findLineBlocks(lines, kind)).toEqual([{ first: 0, last: 3 }, { first: 9, last: 9 }]);
  });
});
