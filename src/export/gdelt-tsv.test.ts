import { describe, expect, it } from 'vitest';
import { makeActor, makeArticle, makeEvent } from '../store/fixtures.js';
import { exportEvents } from './format.js';
import { GDELT_COLUMNS, gdeltDate, gdeltTsv } from './gdelt-tsv.js';

function rows(output: string): Record<string, string>[] {
  const [head, ...lines] = output.split('\n');
  expect(lines.pop()).toBe('');
  const names = head.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    expect(cells).toHaveLength(names.length);
    return Object.fromEntries(names.map((name, i) => [name, cells[i]]));
  });
}

describe('gdelt export', () => {
  it('writes the 61 GDELT 2.0 event columns as a header, and nothing else for no events', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS.slice(0, 8)).toEqual([
      'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode',
    ]);
    expect(GDELT_COLUMNS.slice(25, 35)).toEqual([
      'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
      'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
    ]);
    expect(GDELT_COLUMNS.slice(-2)).toEqual(['DATEADDED', 'SOURCEURL']);
    expect(exportEvents(gdeltTsv, [])).toBe(`${GDELT_COLUMNS.join('\t')}\n`);
  });

  it('fills actors, codes and counts, and leaves unknown columns empty', () => {
    const event = makeEvent({ cameo: '1054', quad_class: 3, goldstein: -5, location: 'Caracas' });
    const [row] = rows(exportEvents(gdeltTsv, [event], { articles: new Map([['article-1', makeArticle()]]) }));
    expect(row).toMatchObject({
      GLOBALEVENTID: 'article-1:49',
      Actor1Code: 'USA', Actor1Name: 'Rudy Giuliani', Actor1CountryCode: 'USA', Actor1Type1Code: '',
      Actor2Code: 'VENGOV', Actor2Name: 'Nicolás Maduro', Actor2CountryCode: 'VEN', Actor2Type1Code: 'GOV',
      EventCode: '1054', EventBaseCode: '105', EventRootCode: '10', QuadClass: '3', GoldsteinScale: '-5',
      NumMentions: '1', NumSources: '1', NumArticles: '1', AvgTone: '', IsRootEvent: '',
      ActionGeo_FullName: 'Caracas', Actor1Geo_FullName: '', DATEADDED: '',
      SOURCEURL: 'https://thehill.com/example',
    });
  });

  it('names a state acting as a whole by its text, and moves IGO from country to type', () => {
    const [row] = rows(exportEvents(gdeltTsv, [makeEvent({
      actor: makeActor({ text: 'the U.S.', name: null, country: 'USA', code: 'USA' }),
      recipient: makeActor({ text: 'the UN', name: 'United Nations', country: 'IGO', sector: null, code: 'IGOUNO' }),
    })]));
    expect(row).toMatchObject({ Actor1Name: 'the U.S.', Actor2CountryCode: '', Actor2Type1Code: 'IGO', Actor2Code: 'IGOUNO' });
  });

  it('leaves actor and source columns empty when they are unknown', () => {
    const [row] = rows(exportEvents(gdeltTsv, [makeEvent({ actor: null, recipient: null })]));
    expect([row.Actor1Code, row.Actor1Name, row.Actor2Code, row.SOURCEURL]).toEqual(['', '', '', '']);
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const event = makeEvent({ goldstein: -10, actor: makeActor({ text: '=cmd|calc', name: '=cmd|calc' }) });
    const [row] = rows(exportEvents(gdeltTsv, [event]));
    expect(row.Actor1Name).toMatch(/^'=cmd\|calc$/i);
    expect(row.GoldsteinScale).toBe('-10');
  });

  it('writes 00 for the day or month a date does not give', () => {
    expect(gdeltDate('2018-09-14')).toEqual({ SQLDATE: '20180914', MonthYear: '201809', Year: '2018', FractionDate: '2018.7014' });
    expect(gdeltDate('2018-09')).toEqual({ SQLDATE: '20180900', MonthYear: '201809', Year: '2018', FractionDate: '2018.6658' });
    expect(gdeltDate('2018')).toEqual({ SQLDATE: '20180000', Year: '2018', FractionDate: '2018.0000' });
    expect(gdeltDate('2020-12-31').FractionDate).toBe('2020.9973');
    expect(gdeltDate(null)).toEqual({});
    expect(gdeltDate('PRESENT_REF')).toEqual({});
  });

  it('keeps one line per event when values hold tabs or line breaks', () => {
    const output = exportEvents(gdeltTsv, [
      makeEvent({ location: 'Caracas,\tVenezuela\r\nsouth', actor: makeActor({ name: 'Rudy\nGiuliani' }) }),
      makeEvent({ id: 'article-1:2' }),
    ]);
    const [first, second] = rows(output);
    expect(first.ActionGeo_FullName).toBe('Caracas, Venezuela south');
    expect(first.Actor1Name).toBe('Rudy Giuliani');
    expect(second.GLOBALEVENTID).toBe('article-1:2');
  });
});
