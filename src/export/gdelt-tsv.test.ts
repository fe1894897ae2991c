import { describe, expect, it } from 'vitest';
import type { ConsolidatedEvent } from '../contract.js';
import { makeActor, makeArticle, makeEvent } from '../store/fixtures.js';
import { exportEvents, type ExportArticle } from './format.js';
import { GDELT_COLUMNS, gdeltDate, gdeltTsv, globalEventId, inLead } from './gdelt-tsv.js';

/** Rows of a GDELT file as GDELT's own are read: no header, the 61 columns by position. */
function rows(output: string): Record<string, string>[] {
  const lines = output.split('\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => {
    const cells = line.split('\t');
    expect(cells).toHaveLength(61);
    return Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, cells[i]]));
  });
}

// The GDELT 2.0 event table's field types (GDELT 2.0 Event Database codebook): what a loader
// such as gdeltr2 or a BigQuery schema expects in each column. Empty is always allowed.
const INTEGER = /^-?\d+$/;
const FLOAT = /^-?\d+(\.\d+)?$/;
const TYPES: Record<string, RegExp> = {
  GLOBALEVENTID: INTEGER, SQLDATE: /^\d{8}$/, MonthYear: /^\d{6}$/, Year: /^\d{4}$/, FractionDate: FLOAT,
  IsRootEvent: /^[01]$/, EventCode: /^\d{3,4}$/, EventBaseCode: /^\d{3}$/, EventRootCode: /^\d{2}$/, QuadClass: /^[1-4]$/,
  GoldsteinScale: FLOAT, NumMentions: INTEGER, NumSources: INTEGER, NumArticles: INTEGER, AvgTone: FLOAT,
  Actor1Geo_Type: INTEGER, Actor2Geo_Type: INTEGER, ActionGeo_Type: INTEGER,
  Actor1Geo_Lat: FLOAT, Actor1Geo_Long: FLOAT, Actor2Geo_Lat: FLOAT, Actor2Geo_Long: FLOAT, ActionGeo_Lat: FLOAT, ActionGeo_Long: FLOAT,
  DATEADDED: /^\d{14}$/,
};

const LEAD = 'Rudy Giuliani held a phone call with Nicolás Maduro, officials said.';
const article = (overrides: Partial<ExportArticle> = {}): ExportArticle => ({
  ...makeArticle(), text: `Giuliani and Sessions spoke with Maduro\n\n${LEAD}\n\nThe talks were called a success.`, ingested_at: '2025-03-19T08:05:09.123Z', ...overrides,
});

describe('gdelt export', () => {
  it('has the 61 GDELT 2.0 event columns, and writes no header unless asked', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS.slice(0, 8)).toEqual([
      'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode',
    ]);
    expect(GDELT_COLUMNS.slice(25, 35)).toEqual([
      'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
      'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
    ]);
    expect(GDELT_COLUMNS.slice(-2)).toEqual(['DATEADDED', 'SOURCEURL']);
    expect(exportEvents(gdeltTsv, [])).toBe('');
    expect(exportEvents(gdeltTsv, [], { header: true })).toBe(`${GDELT_COLUMNS.join('\t')}\n`);
  });

  it('gives every field the type GDELT 2.0 defines', () => {
    const events = [
      makeEvent({ id: '0ef54cb5b71630b4', evidence: { start: 41, end: 41 + LEAD.length, text: LEAD } }),
      makeEvent({ id: 'ffffffffffffffff', date: '2018', goldstein: -7.5, actor: makeActor({ name: null, text: 'they' }) }),
      makeEvent({ id: '0000000000000001', date: null, actor: null, recipient: null }),
    ];
    const output = exportEvents(gdeltTsv, events, { articles: new Map([['article-1', article()]]) });
    for (const row of rows(output)) {
      for (const [column, type] of Object.entries(TYPES)) {
        if (row[column] !== '') expect(row[column], column).toMatch(type);
      }
      expect(Number(row.GLOBALEVENTID)).toBeLessThan(2 ** 53);
      if (row.SQLDATE !== '') expect(Number.isNaN(Date.parse(`${row.SQLDATE.slice(0, 4)}-${row.SQLDATE.slice(4, 6)}-${row.SQLDATE.slice(6)}`)), row.SQLDATE).toBe(false);
    }
  });

  it('fills ids, actors, codes, counts, tone, lead, date added and source', () => {
    const event = makeEvent({ id: '0ef54cb5b71630b4', cameo: '1054', quad_class: 3, goldstein: -5, location: 'Caracas', evidence: { start: 41, end: 41 + LEAD.length, text: LEAD } });
    const [row] = rows(exportEvents(gdeltTsv, [event], { articles: new Map([['article-1', article()]]) }));
    expect(row).toMatchObject({
      GLOBALEVENTID: String(0x0ef54cb5b7163), SQLDATE: '20180901', MonthYear: '201809', Year: '2018',
      Actor1Code: 'USA', Actor1Name: 'RUDY GIULIANI', Actor1CountryCode: 'USA', Actor1Type1Code: '',
      Actor2Code: 'VENGOV', Actor2Name: 'NICOLÁS MADURO', Actor2CountryCode: 'VEN', Actor2Type1Code: 'GOV',
      IsRootEvent: '1', EventCode: '1054', EventBaseCode: '105', EventRootCode: '10', QuadClass: '3', GoldsteinScale: '-5',
      NumMentions: '1', NumSources: '1', NumArticles: '1',
      ActionGeo_FullName: 'Caracas', Actor1Geo_FullName: '', DATEADDED: '20250319080509',
      SOURCEURL: 'https://thehill.com/example',
    });
    expect(Number(row.AvgTone)).toBeGreaterThan(0);
    expect(globalEventId('0ef54cb5b71630b4')).toBe(0x0ef54cb5b7163);
  });

  it('averages the tone of every reporting article of a consolidated event', () => {
    const grim = article({ id: 'grim', text: 'The attack killed dozens and wounded many. Officials condemned the terrible violence.' });
    const glad = article({ id: 'glad', text: 'Leaders praised the successful and peaceful agreement. Crowds celebrated.' });
    const mention = (article_id: string) => ({ id: article_id, article_id, outlet: null, published: null, status: 'asserted' as const,
      attribution: { speaker: null, outlets: [], cue: null }, evidence: { start: 0, end: 4, text: 'text' }, other_evidence: [], rule: 'r' });
    const consolidated = { ...makeEvent({ article_id: 'grim' }), mentions: [mention('grim'), mention('glad')], num_mentions: 2, num_articles: 2, num_sources: 2 } as unknown as ConsolidatedEvent;
    const articles = new Map([['grim', grim], ['glad', glad]]);
    const [both] = rows(exportEvents(gdeltTsv, [consolidated], { articles }));
    const [alone] = rows(exportEvents(gdeltTsv, [makeEvent({ article_id: 'grim' })], { articles }));
    expect(Number(alone.AvgTone)).toBeLessThan(0);
    expect(Number(both.AvgTone)).toBeGreaterThan(Number(alone.AvgTone));
  });

  it('writes canonical names in capitals, never a pronoun, and moves IGO from country to type', () => {
    const [row] = rows(exportEvents(gdeltTsv, [makeEvent({
      actor: makeActor({ text: 'the U.S.', name: null, country: 'USA', code: 'USA' }),
      recipient: makeActor({ text: 'the UN', name: 'United Nations', country: 'IGO', sector: null, code: 'IGOUNO' }),
    })]));
    expect(row).toMatchObject({ Actor1Name: 'THE U.S.', Actor2Name: 'UNITED NATIONS', Actor2CountryCode: '', Actor2Type1Code: 'IGO', Actor2Code: 'IGOUNO' });
    for (const text of ['it', 'they', 'He', "its", "their"]) {
      const [pronoun] = rows(exportEvents(gdeltTsv, [makeEvent({ actor: makeActor({ text, name: null, code: 'USA' }) })]));
      expect(pronoun.Actor1Name, text).toBe('');
      expect(pronoun.Actor1Code).toBe('USA');
    }
  });

  it('leaves actor, source and article columns empty when they are unknown', () => {
    const [row] = rows(exportEvents(gdeltTsv, [makeEvent({ actor: null, recipient: null })]));
    expect([row.Actor1Code, row.Actor1Name, row.Actor2Code, row.DATEADDED, row.AvgTone, row.IsRootEvent]).toEqual(['', '', '', '', '', '']);
  });

  it('takes the URL for SOURCEURL, else the input\'s own id for the article', () => {
    expect(rows(exportEvents(gdeltTsv, [makeEvent()]))[0].SOURCEURL).toBe('https://thehill.com/example');
    expect(rows(exportEvents(gdeltTsv, [makeEvent({ url: null, doc_id: 'wire-0042' })]))[0].SOURCEURL).toBe('wire-0042');
  });

  it('tells a lead event from one further down', () => {
    const text = `Headline without a stop\n\n${LEAD}\n\nThe talks were called a success.`;
    expect(inLead(text, null, text.indexOf('Rudy'))).toBe(true);
    expect(inLead(text, null, text.indexOf('The talks'))).toBe(false);
    expect(inLead(text, null, 0)).toBe(false);
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const event = makeEvent({ goldstein: -10, actor: makeActor({ text: '=cmd|calc', name: '=cmd|calc' }) });
    const [row] = rows(exportEvents(gdeltTsv, [event]));
    expect(row.Actor1Name).toBe("'=CMD|CALC");
    expect(row.GoldsteinScale).toBe('-10');
  });

  it('writes the first day of a month or year, never an invalid day', () => {
    expect(gdeltDate('2018-09-14')).toEqual({ SQLDATE: 20180914, MonthYear: 201809, Year: 2018, FractionDate: 2018.7014 });
    expect(gdeltDate('2018-09')).toEqual({ SQLDATE: 20180901, MonthYear: 201809, Year: 2018, FractionDate: 2018.6658 });
    expect(gdeltDate('2018')).toEqual({ SQLDATE: 20180101, MonthYear: 201801, Year: 2018, FractionDate: 2018 });
    expect(gdeltDate('2020-12-31').FractionDate).toBe(2020.9973);
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
    expect(first.Actor1Name).toBe('RUDY GIULIANI');
    expect(second.GLOBALEVENTID).toMatch(INTEGER);
  });
});
