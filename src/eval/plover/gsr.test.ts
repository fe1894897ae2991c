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

  it('reads the countries of the sources and targets from their codes; a side written as a word or null has none', () => {
    const file = write('sides.json', [
      { id: 'c1', event: 'CONSULT', text: 'x', source: [{ actorText: 'Russian President Boris Yeltsin', code: 'RUS', sector: 'GOV' }], target: [{ actorText: 'Japanese Prime Minister', code: 'JAP' }] },
      { id: 't1', event: 'THREATEN', text: 'x', source: [{ actorText: 'al-Qaeda', code: 'IMG' }, { actorText: 'Italy', code: 'itl' }], target: 'diplomatic' },
      { id: 'a1', event: 'ASSAULT', text: 'x', source: null },
    ]);
    const { records } = loadGsr(file, loadOntology());
    expect(records.map((r) => [r.sources, r.targets])).toEqual([[['RUS'], ['JPN']], [['', 'ITA'], []], [[], []]]);
  });

  it('a file that is not JSON is an input error naming it', () => {
    const file = write('broken.json', '[{');
    expect(() => loadGsr(file, loadOntology())).toThrow(/PLOVER gold file/);
  });
});
