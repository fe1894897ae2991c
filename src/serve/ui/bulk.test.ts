import { describe, expect, it } from 'vitest';
import { bulkOf } from './bulk.js';

const months = (from: number, to: number, events = 10) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ period: `${from + i}-01-01`, group: '1', events }));

describe('the bulk of a timeline', () => {
  it('leaves out a lone far date and counts it', () => {
    const buckets = [{ period: '1066-10-01', group: '2', events: 1 }, ...months(2019, 2025)];
    expect(bulkOf(buckets)).toEqual({ first: '2019-01-01', last: '2025-01-01', outside: 1 });
  });

  it('keeps an even spread of years, and a small cluster close to the rest', () => {
    expect(bulkOf(months(1990, 2025))).toEqual({ first: '1990-01-01', last: '2025-01-01', outside: 0 });
    expect(bulkOf([...months(2019, 2025), { period: '2017-01-01', group: '1', events: 1 }])).toMatchObject({ first: '2017-01-01', outside: 0 });
  });

  it('keeps everything when the events are few, and is null for none', () => {
    expect(bulkOf([{ period: '1979-02-01', group: '1', events: 1 }, { period: '2025-03-01', group: '1', events: 1 }])).toMatchObject({ outside: 0 });
    expect(bulkOf([])).toBeNull();
  });
});
