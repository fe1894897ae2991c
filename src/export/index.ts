// The export formats by the name users give them (`--format gdelt`).
import { AnnalistError } from '../errors.js';
import { csv } from './csv.js';
import type { ExportFormat } from './format.js';
import { gdeltTsv } from './gdelt-tsv.js';
import { jsonl } from './jsonl.js';
import { ploverJsonl } from './plover-jsonl.js';
import { parquet } from './parquet.js';

export type { ExportArticle, ExportContext, ExportFormat } from './format.js';
export { exportEvents } from './format.js';

export const formats = {
  jsonl,
  csv,
  gdelt: gdeltTsv,
  plover: ploverJsonl,
  parquet,
} as const satisfies Record<string, ExportFormat>;

export type FormatName = keyof typeof formats;
export const formatNames = Object.keys(formats) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formats, name);
}

export function getFormat(name: string): ExportFormat {
  if (isFormatName(name)) return formats[name];
  throw new AnnalistError('usage', `unknown export format '${name}'; formats: ${formatNames.join(', ')}`);
}
