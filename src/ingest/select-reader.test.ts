import { describe, expect, it } from 'vitest';
import { readHtml } from './readers/html.js';
import { readJson } from './readers/json.js';
import { readJsonl } from './readers/jsonl.js';
import { readPlainText } from './readers/plain-text.js';
import { readerForPath, sniffReader } from './select-reader.js';

describe('readerForPath', () => {
  it('dispatches by extension, case-insensitively', () => {
    expect(readerForPath('a/b.txt')).toBe(readPlainText);
    expect(readerForPath('a/b.MD')).toBe(readPlainText);
    expect(readerForPath('a/README')).toBe(readPlainText);
    expect(readerForPath('b.ndjson')).toBe(readJsonl);
    expect(readerForPath('b.json')).toBe(readJson);
    expect(readerForPath('b.HTM')).toBe(readHtml);
  });

  it('has no reader for other types', () => {
    expect(readerForPath('photo.jpg')).toBeNull();
    expect(readerForPath('data.csv')).toBeNull();
  });
});

describe('sniffReader', () => {
  it('reads the first non-space character', () => {
    expect(sniffReader('  {"text": "a"}\n')).toBe(readJsonl);
    expect(sniffReader('{\n  "text": "a"\n}')).toBe(readJson);
    expect(sniffReader('[{"text": "a"}]')).toBe(readJson);
    expect(sniffReader('\n<!doctype html><p>a</p>')).toBe(readHtml);
    expect(sniffReader('Talks end\n\nThe talks…')).toBe(readPlainText);
  });
});
