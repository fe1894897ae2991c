import { describe, expect, it } from 'vitest';
import { AnnalistError } from '../errors.js';
import { formatNames, formats, getFormat } from './index.js';

describe('export formats', () => {
  it('registers each format under its own name', () => {
    expect(formatNames).toEqual(['jsonl', 'csv', 'gdelt', 'plover', 'parquet']);
    for (const [name, format] of Object.entries(formats)) expect(format.name).toBe(name);
  });

  it('finds a format by name', () => {
    expect(getFormat('gdelt')).toBe(formats.gdelt);
  });

  it('lists the formats when the name is unknown', () => {
    expect(() => getFormat('xlsx')).toThrow(AnnalistError);
    expect(() => getFormat('xlsx')).toThrow("unknown export format 'xlsx'; formats: jsonl, csv, gdelt, plover, parquet");
    expect(() => getFormat('toString')).toThrow(/unknown export format/);
  });
});
