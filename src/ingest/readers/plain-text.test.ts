import { describe, expect, it } from 'vitest';
import type { ReaderItem } from '../types.js';
import { readPlainText } from './plain-text.js';

const readOne = (text: string): ReaderItem => [...readPlainText(text, 'a.txt')][0];

describe('readPlainText', () => {
  it('takes the first non-empty line as title and keeps the text exactly as given', () => {
    const text = '\n\n  Talks end without a deal  \r\n\r\nThe talks ended on Monday.\n';
    expect(readOne(text)).toEqual({
      kind: 'draft',
      input: 'a.txt',
      draft: { title: 'Talks end without a deal', published: null, outlet: null, url: null, text },
      warnings: [],
    });
  });

  it('drops Markdown heading marks from the title only', () => {
    const item = readOne('# Talks end\n\nBody.');
    expect(item.kind === 'draft' && item.draft.title).toBe('Talks end');
    expect(item.kind === 'draft' && item.draft.text).toBe('# Talks end\n\nBody.');
  });

  it('gives no title when the first line is a whole paragraph', () => {
    const item = readOne(`${'word '.repeat(100)}\n\nMore.`);
    expect(item.kind === 'draft' && item.draft.title).toBeNull();
  });
});
