import { describe, expect, it } from 'vitest';
import { readAhead } from './read-ahead.js';

async function* numbers(log: string[], count: number) {
  for (let n = 0; n < count; n++) {
    log.push(`read ${n}`);
    yield n;
  }
}

describe('readAhead', () => {
  it('yields every item in order while reading ahead of the consumer', async () => {
    const log: string[] = [];
    const seen: number[] = [];
    for await (const n of readAhead(numbers(log, 5), 2)) {
      log.push(`use ${n}`);
      seen.push(n);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(log.indexOf('read 1')).toBeLessThan(log.indexOf('use 0'));
  });

  it('passes on the error of a source that fails before its first item', async () => {
    async function* failing(): AsyncGenerator<number> {
      throw new Error('bad option');
    }
    await expect((async () => {
      for await (const _ of readAhead(failing(), 3)) expect.unreachable();
    })()).rejects.toThrow('bad option');
  });
});
