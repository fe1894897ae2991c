import { describe, expect, it } from 'vitest';
import { readJson } from './json.js';

describe('readJson', () => {
  it('reads a single article object under the file name', () => {
    expect([...readJson('{\n  "title": "One",\n  "text": "First."\n}', 'a.json')]).toEqual([
      { kind: 'draft', input: 'a.json', draft: { docId: null, title: 'One', published: null, outlet: null, url: null, text: 'First.' }, warnings: [] },
    ]);
  });

  it('reads an array, naming each element file[index], a bad element skipped alone', () => {
    const items = [...readJson('[{"text": "First."}, {"title": 1, "text": "x"}]', 'a.json')];
    expect(items).toEqual([
      { kind: 'draft', input: 'a.json[0]', draft: { docId: null, title: null, published: null, outlet: null, url: null, text: 'First.' }, warnings: [] },
      { kind: 'skipped', input: 'a.json[1]', reason: 'field "title" must be a string or null, not a number' },
    ]);
  });

  it('reads JSON lines saved as .json', () => {
    const items = [...readJson('{"text": "First."}\n{"text": "Second."}\n', 'a.json')];
    expect(items.map((item) => item.input)).toEqual(['a.json:1', 'a.json:2']);
  });

  it('reports broken JSON and empty arrays once', () => {
    expect([...readJson('{\n  "text": "a",\n}', 'a.json')]).toEqual([{ kind: 'skipped', input: 'a.json', reason: expect.stringMatching(/^invalid JSON/) }]);
    expect([...readJson('[]', 'a.json')]).toEqual([{ kind: 'skipped', input: 'a.json', reason: 'no articles (empty array)' }]);
  });
});
