import { describe, expect, it } from 'vitest';
import { makeEvent } from '../store/fixtures.js';
import { CSV_COLUMNS, csv, csvField } from './csv.js';
import { exportEvents } from './format.js';

/** A strict RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; }
        else if (text[i] === '"') { i++; break; }
        else if (i >= text.length) throw new Error('unterminated quote');
        else field += text[i++];
      }
    }
    if (text[i] === ',') { record.push(field); field = ''; i++; }
    else if (text.startsWith('\r\n', i)) { record.push(field); records.push(record); record = []; field = ''; i += 2; }
    else if (i < text.length) {
      if (text[i] === '"' || text[i] === '\r' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
      field += text[i++];
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record lacks CRLF');
  return records;
}

const header = CSV_COLUMNS.map(([name]) => name);

describe('csv export', () => {
  it('writes only the header for no events', () => {
    expect(exportEvents(csv, [])).toBe(`${header.join(',')}\r\n`);
  });

  it('names the columns the data contract promises', () => {
    expect(header).toEqual(expect.arrayContaining([
      'id', 'article_id', 'date', 'date_source', 'actor_name', 'actor_country', 'actor_sector', 'actor_code',
      'cameo', 'cameo_name', 'recipient_name', 'recipient_country', 'recipient_sector', 'recipient_code',
      'quad_class', 'goldstein', 'plover_type', 'plover_mode', 'status', 'speaker', 'outlets', 'rule', 'evidence',
    ]));
    expect(new Set(header).size).toBe(header.length);
  });

  it('flattens one event into one row', () => {
    const [, row] = parseCsv(exportEvents(csv, [makeEvent({ attribution: { speaker: null, outlets: ['Reuters', 'AP'], cue: null } })]));
    const cells = Object.fromEntries(header.map((name, i) => [name, row[i]]));
    expect(cells).toMatchObject({
      id: 'article-1:49', date: '2018-09', actor_name: 'Rudy Giuliani', actor_sector: '', recipient_code: 'VENGOV',
      cameo: '041', quad_class: '1', goldstein: '1', plover_mode: 'phone', speaker: '', outlets: 'Reuters; AP',
    });
  });

  it('leaves the actor columns empty when there is no recipient', () => {
    const [, row] = parseCsv(exportEvents(csv, [makeEvent({ recipient: null })]));
    expect(header.flatMap((name, i) => (name.startsWith('recipient_') ? [row[i]] : []))).toEqual(['', '', '', '', '']);
  });

  it('quotes commas, quotes and line breaks so evidence survives a round trip', () => {
    const text = 'Maduro said, "we talked"\nfor\ttwo hours\r\nthen left';
    const output = exportEvents(csv, [makeEvent({ evidence: { start: 0, end: text.length, text } })]);
    const records = parseCsv(output);
    expect(records).toHaveLength(2);
    expect(records[1][header.indexOf('evidence')]).toBe(text);
    expect(records[1]).toHaveLength(header.length);
  });

  it('puts the other sentences of the event in one cell, on one line', () => {
    const again = 'Giuliani confirmed the call.';
    const later = 'The call lasted an hour, officials said.';
    const event = makeEvent({ other_evidence: [{ start: 200, end: 228, text: again }, { start: 300, end: 340, text: later }] });
    const [[, row], [, none]] = [parseCsv(exportEvents(csv, [event])), parseCsv(exportEvents(csv, [makeEvent()]))];
    expect(row[header.indexOf('other_evidence')]).toBe(`${again} | ${later}`);
    expect(none[header.indexOf('other_evidence')]).toBe('');
  });

  it('quotes only when it must', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a\tb')).toBe('a\tb');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField(-2.5)).toBe('-2.5');
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}SUM(A1:A9)`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('=HYPERLINK("http://x.example","click")')).toBe('"\'=HYPERLINK(""http://x.example"",""click"")"');
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField(-7)).toBe('-7');
    const event = makeEvent({ evidence: { start: 0, end: 30, text: '@SUM(1+1) Russia attacked Kyiv.' }, actor: { text: '-x', name: '+Bad', country: null, sector: null, code: null } });
    const [header, row] = parseCsv(exportEvents(csv, [event]));
    expect(row[header.indexOf('evidence')]).toBe("'@SUM(1+1) Russia attacked Kyiv.");
    expect(row[header.indexOf('actor_text')]).toBe("'-x");
    expect(row[header.indexOf('actor_name')]).toBe("'+Bad");
    expect(Number(row[header.indexOf('goldstein')])).toBe(event.goldstein);
  });
});
