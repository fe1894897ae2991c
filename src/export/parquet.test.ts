import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { makeActor, makeEvent } from '../store/fixtures.js';
import { CSV_COLUMNS } from './csv.js';
import { parquet } from './parquet.js';

function bytesOf(events: Parameters<typeof parquet.write>[0]): Uint8Array {
  const chunks = [...parquet.write(events)];
  expect(chunks).toHaveLength(1);
  expect(chunks[0]).toBeInstanceOf(Uint8Array);
  return chunks[0] as Uint8Array;
}

describe('parquet export', () => {
  it('writes the CSV columns, typed, and reads back as written', async () => {
    const events = [
      makeEvent({ id: 'a', goldstein: -7.5, actor: makeActor({ name: '=HYPERLINK("x")' }) }),
      makeEvent({ id: 'b', recipient: null, date: null, url: null }),
    ];
    const bytes = bytesOf(events);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PAR1');
    const metadata = parquetMetadata(file);
    expect(metadata.schema.slice(1).map((element) => element.name)).toEqual(CSV_COLUMNS.map(([name]) => name));
    const rows = await parquetReadObjects({ file });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: 'a', doc_id: 'seeds/hill.html', goldstein: -7.5, quad_class: 1, actor_name: '=HYPERLINK("x")', evidence_start: 0 });
    expect(rows[1]).toMatchObject({ id: 'b', recipient_name: null, date: null, url: null });
  });

  it('writes a valid empty file for no events', async () => {
    const bytes = bytesOf([]);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(await parquetReadObjects({ file })).toEqual([]);
  });
});
