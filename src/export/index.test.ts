import { describe, expect, it } from 'vitest';
import { AnnalistError } from '../errors.js';
import { formatNames, formats, getFormat } from './index.js';

describe('export formats', () => {
  it('registers each format under its own name', () => {
    expect(formatNames).toEqual(['jsonl', 'csv', 'gdelt', 'plover']);
    for (const [name, format] of Object.entries(formats)) expect(format.name).toBe(name);
  });

  it('finds a format by name', () => {
    expect(getFormat('gdelt')).toBe(formats.gdelt);
  });

  it('lists the formats when the name is unknown', () => {
    expect(() => getFormat('parquet')).toThrow(AnnalistError);
    expect(() => getFormat('parquet')).toThrow("unknown export format 'parquet'; formats: jsonl, csv, gdelt, plover");
    expect(() => getFormat('toString')).toThrow(/unknown export format/);
  });
});
