import { describe, expect, it } from 'vitest';
import { decodeBytes, LATIN1_WARNING } from './decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('decodes UTF-8 without warnings', () => {
    expect(decodeBytes(utf8('Nicolás Maduro’s call'))).toEqual({ kind: 'text', text: 'Nicolás Maduro’s call', warnings: [] });
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x48, 0x69))).toEqual({ kind: 'text', text: 'Hi', warnings: [] });
  });

  it('falls back to windows-1252 with a warning, mapping smart quotes and the euro sign', () => {
    // “Café” costs €5 — in windows-1252 bytes
    const decoded = decodeBytes(bytes(0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35, 0x20, 0xa3, 0x31));
    expect(decoded).toEqual({ kind: 'text', text: '“Café” €5 £1', warnings: [LATIN1_WARNING] });
  });

  it('reads UTF-16 with a byte order mark although it is full of NUL bytes', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00))).toEqual({ kind: 'text', text: 'Hi', warnings: [] });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69))).toEqual({ kind: 'text', text: 'Hi', warnings: [] });
  });

  it('skips binary files: a PNG header, and random bytes full of NULs', () => {
    expect(decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a))).toEqual({ kind: 'skipped', reason: 'binary file' });
    let state = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (state = (state * 1103515245 + 12345) % 2 ** 31) >> 23);
    expect(decodeBytes(random)).toEqual({ kind: 'skipped', reason: 'binary file' });
  });

  it('removes a stray NUL or a few control characters from text, with a warning, instead of skipping it', () => {
    const text = 'The talks in Geneva ended on Monday without an agreement, officials said.';
    expect(decodeBytes(utf8(`${text}\u0000`))).toEqual({ kind: 'text', text, warnings: ['removed 1 NUL character from the text'] });
    expect(decodeBytes(utf8(`The \u001b[1mtalks\u0000 in Geneva ended on Monday without an agreement.\u007f`))).toEqual({
      kind: 'text', text: 'The [1mtalks in Geneva ended on Monday without an agreement.', warnings: ['removed 3 NUL and other control characters from the text'],
    });
  });

  it('skips files dense in control characters as binary', () => {
    const noisy = Uint8Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x41));
    expect(decodeBytes(noisy)).toEqual({ kind: 'skipped', reason: 'binary file' });
  });

  it('keeps text with ordinary whitespace controls', () => {
    expect(decodeBytes(utf8('a\tb\r\nc\fd')).kind).toBe('text');
  });

  it('skips empty and whitespace-only content', () => {
    expect(decodeBytes(bytes())).toEqual({ kind: 'skipped', reason: 'empty' });
    expect(decodeBytes(utf8(' \n\t\n'))).toEqual({ kind: 'skipped', reason: 'empty' });
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x0a))).toEqual({ kind: 'skipped', reason: 'empty' });
  });
});
