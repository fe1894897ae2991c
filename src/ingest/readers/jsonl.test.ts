import { describe, expect, it } from 'vitest';
import { readJsonl, startsWithJsonLine } from './jsonl.js';

describe('readJsonl', () => {
  it('reads one article per line, named file:line, keeping its own id and ignoring blank lines and events', () => {
    const text = [
      '{"id": "x-1", "title": "One", "published": "2024-01-02", "outlet": "Wire", "url": "https://w.example/1", "text": "First.", "events": []}',
      '',
      '{"text": "Second."}',
    ].join('\n');
    expect([...readJsonl(text, 'feed.jsonl')]).toEqual([
      { kind: 'draft', input: 'feed.jsonl:1', draft: { docId: 'x-1', title: 'One', published: '2024-01-02', outlet: 'Wire', url: 'https://w.example/1', text: 'First.' }, warnings: [] },
      { kind: 'draft', input: 'feed.jsonl:3', draft: { docId: null, title: null, published: null, outlet: null, url: null, text: 'Second.' }, warnings: [] },
    ]);
  });

  it('skips a bad line with the field and reason, and reads the lines after it', () => {
    const text = '{"title": "No text"}\n{"text": 7}\n{"text": "ok", "title": ["a"]}\n[1]\n{oops\n{"text": "Fine."}\r\n';
    const items = [...readJsonl(text, 'f.jsonl')];
    expect(items.slice(0, 4)).toEqual([
      { kind: 'skipped', input: 'f.jsonl:1', reason: 'field "text" is missing' },
      { kind: 'skipped', input: 'f.jsonl:2', reason: 'field "text" must be a string, not a number' },
      { kind: 'skipped', input: 'f.jsonl:3', reason: 'field "title" must be a string or null, not an array' },
      { kind: 'skipped', input: 'f.jsonl:4', reason: 'expected an article object, not an array' },
    ]);
    expect(items[4]).toMatchObject({ kind: 'skipped', input: 'f.jsonl:5', reason: expect.stringMatching(/^invalid JSON/) });
    expect(items[5]).toMatchObject({ kind: 'draft', input: 'f.jsonl:6', draft: { text: 'Fine.' } });
  });
});

describe('startsWithJsonLine', () => {
  it('tells JSON lines from a pretty-printed object', () => {
    expect(startsWithJsonLine('\n{"text": "a"}\n{"text": "b"}')).toBe(true);
    expect(startsWithJsonLine('{\n  "text": "a"\n}')).toBe(false);
  });
});
