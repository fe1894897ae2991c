// Apache Parquet, for pandas, R (arrow), Polars and DuckDB: the CSV's flat columns, typed
// (whole numbers as INT32, scores as DOUBLE, text as UTF-8 strings, nulls kept), Snappy-
// compressed, through hyparquet-writer (MIT, pure JavaScript, one dependency of its own: no
// native build and no download, so it installs wherever annalist does). A Parquet file ends
// with its schema and row groups' index, so it is written whole, as one chunk.
import { parquetWriteBuffer } from 'hyparquet-writer';
import { CSV_COLUMNS } from './csv.js';
import type { ExportFormat } from './format.js';

type ParquetType = 'STRING' | 'INT32' | 'DOUBLE';

/** The columns that hold numbers, and whether they are whole: everything else is text. */
const NUMBER_COLUMNS: Record<string, ParquetType> = {
  quad_class: 'INT32', goldstein: 'DOUBLE', confidence: 'DOUBLE', evidence_start: 'INT32', evidence_end: 'INT32',
  num_mentions: 'INT32', num_articles: 'INT32', num_sources: 'INT32',
};

export const parquet: ExportFormat = {
  name: 'parquet',
  description: 'Apache Parquet: the CSV columns, typed and compressed, for pandas, R, Polars and DuckDB',
  extension: 'parquet',
  mediaType: 'application/vnd.apache.parquet',
  binary: true,
  *write(events) {
    const rows = [...events];
    const columnData = CSV_COLUMNS.map(([name, value]) => ({
      name,
      type: NUMBER_COLUMNS[name] ?? 'STRING',
      data: rows.map((event) => {
        const cell = value(event);
        return cell === null || NUMBER_COLUMNS[name] ? cell : String(cell);
      }),
    }));
    yield new Uint8Array(parquetWriteBuffer({ columnData }));
  },
};
