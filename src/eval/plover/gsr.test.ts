import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../ontology/ontology.js';
import { loadGsr } from './gsr.js';

const dir = mkdtempSync(path.join(tmpdir(), 'annalist-gsr-'));
const write = (name: string, json: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
};

describe('loadGsr', () => {
  it('maps older type names to current ones and leaves DOCUMENT records out, saying why', () => {
    const file = write('gsr.json', [
      { id: 'doc', event: 'DOCUMENT', eventText: 'about this file' },
      { id: 'd1', event: 'DISAPPROVE', date: '2001-02-03', text: 'Ruritania criticised Freedonia.' },
      { id: 'a1', event: 'AGREE', text: 'They agreed.' },
    ]);
    const { records, skipped } = loadGsr(file, loadOntology());
    expect(records.map((r) => [r.id, r.type, r.writtenType, r.date])).toEqual([['d1', 'ACCUSE', 'DISAPPROVE', '2001-02-03'], ['a1', 'AGREE', 'AGREE', null]]);
    expect(skipped).toEqual([{ id: 'doc', reason: 'DOCUMENT record (describes the file)' }]);
  });

  it('a file that is not JSON is an input error naming it', () => {
    const file = write('broken.json', '[{');
    expect(() => loadGsr(file, loadOntology())).toThrow(/PLOVER gold file/);
  });
});
