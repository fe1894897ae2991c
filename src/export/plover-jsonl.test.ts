import { describe, expect, it } from 'vitest';
import { makeActor, makeArticle, makeEvent } from '../store/fixtures.js';
import { exportEvents } from './format.js';
import { ploverEntity, ploverJsonl } from './plover-jsonl.js';

const parse = (output: string) => output.split('\n').slice(0, -1).map((line) => JSON.parse(line));

describe('plover export', () => {
  it('writes nothing for no events', () => {
    expect(exportEvents(ploverJsonl, [])).toBe('');
  });

  it('writes the PLOVER manual fields', () => {
    const [record] = parse(exportEvents(ploverJsonl, [makeEvent({ date: '2018-09-14' })]));
    expect(record).toMatchObject({
      id: 'article-1:49',
      date: '2018-09-14',
      actor: [{ code: 'USA', sector: null, entity_text: 'Rudy Giuliani', identifier_text: 'Rudy Giuliani', cameo_code: 'USA' }],
      recipient: [{ code: 'VEN', sector: 'GOV', entity_text: 'Venezuelan President Nicolás Maduro', identifier_text: 'Nicolás Maduro' }],
      event: ['CONSULT'],
      mode: ['phone'],
      context: null,
      event_text: ['phone call'],
      quad_code: 1,
      text_info: { start: 0 },
      cite_info: { citation: 'article-1', coder: 'annalist' },
      cameo: '041',
      status: 'reported',
      attribution: { outlets: ['The Washington Post'] },
      rule: '041.phone-call.v1',
    });
    expect(record).not.toHaveProperty('enddate');
  });

  it('spans a month or a year as date … enddate instead of inventing a day', () => {
    const records = parse(exportEvents(ploverJsonl, [
      makeEvent({ date: '2018-09' }), makeEvent({ date: '2016' }), makeEvent({ date: null, date_source: 'none' }),
    ]));
    expect(records.map((r) => [r.date, r.enddate])).toEqual([
      ['2018-09-01', '2018-09-30'], ['2016-01-01', '2016-12-31'], [null, undefined],
    ]);
  });

  it('gives empty actor lists, a null mode and no location when they are unknown', () => {
    const [record] = parse(exportEvents(ploverJsonl, [makeEvent({ actor: null, recipient: null, plover: { type: 'FIGHT', mode: null } })]));
    expect(record).toMatchObject({ actor: [], recipient: [], mode: null, event_loc: null });
  });

  it('cites the article when the context knows it', () => {
    const articles = new Map([['article-1', makeArticle()]]);
    const [record] = parse(exportEvents(ploverJsonl, [makeEvent({ location: 'Caracas' })], { articles }));
    expect(record.cite_info).toEqual({
      citation: 'article-1', url: 'https://thehill.com/example', title: 'Giuliani and Sessions spoke with Maduro',
      publication: 'The Hill', coder: 'annalist',
    });
    expect(record.event_loc).toEqual({ extracted_place: 'Caracas' });
  });

  it('keeps evidence with tabs, newlines and line separators on one line', () => {
    const text = 'said:\t"yes"\nand\u2028no';
    const output = exportEvents(ploverJsonl, [makeEvent({ evidence: { start: 0, end: text.length, text } })]);
    expect(output.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(2);
    expect(parse(output)[0].text).toBe(text);
  });

  it('maps CAMEO sectors to PLOVER ones', () => {
    expect(ploverEntity(makeActor({ sector: 'MED' })).sector).toBe('JRN');
    expect(ploverEntity(makeActor({ sector: 'NGO' }))).toMatchObject({ code: 'USA', sector: 'SOC' });
    expect(ploverEntity(makeActor({ country: null, sector: 'NGO' }))).toMatchObject({ code: 'NGO', sector: null });
    expect(ploverEntity(makeActor({ country: 'IGO', sector: 'IGO' }))).toMatchObject({ code: 'IGO', sector: null });
    expect(ploverEntity(makeActor({ sector: 'MIL' })).sector).toBe('MIL');
  });
});
