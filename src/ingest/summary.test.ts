import { describe, expect, it } from 'vitest';
import { IngestSummary } from './summary.js';
import type { IngestItem } from './types.js';

const article = (input: string, warnings: string[] = [], published: string | null = '2024-05-01'): IngestItem => ({
  kind: 'article',
  input,
  warnings,
  article: { id: '0123456789abcdef', title: null, published, outlet: null, url: null, text: 'x', source: input },
});

describe('IngestSummary', () => {
  it('counts and renders ingested, duplicates, skips and warnings', () => {
    const summary = new IngestSummary();
    summary.add(article('data/a.txt'));
    summary.add(article('data/b.txt', ['not valid UTF-8; decoded as Latin-1']));
    summary.add(article('data/c.txt'));
    summary.add(article('data/a-copy.txt'), { duplicate: true });
    summary.add({ kind: 'skipped', input: 'data/x.bin', reason: 'binary file' });
    summary.add({ kind: 'skipped', input: 'data/empty.txt', reason: 'empty' });
    expect(summary.ingested).toBe(3);
    expect(summary.duplicates).toBe(1);
    expect(summary.render()).toBe(
      [
        '3 ingested, 1 duplicate, 2 skipped, 1 warning',
        '  skipped data/x.bin: binary file',
        '  skipped data/empty.txt: empty',
        '  warning data/b.txt: not valid UTF-8; decoded as Latin-1',
      ].join('\n'),
    );
  });

  it('escapes control characters in file names and reasons, so that each input stays on one report line', () => {
    const summary = new IngestSummary();
    summary.add({ kind: 'skipped', input: 'evil.txt: binary file\n  skipped forged.txt', reason: 'empty' });
    summary.add({ kind: 'skipped', input: 'x\u001b[31m\u202e.txt', reason: 'could not be read (bad\rline)' });
    expect(summary.render().split('\n')).toEqual([
      '0 ingested, 0 duplicates, 2 skipped',
      '  skipped evil.txt: binary file\\n  skipped forged.txt: empty',
      '  skipped x\\x1b[31m\\u202e.txt: could not be read (bad\\rline)',
    ]);
  });

  it('renders an empty batch and plural duplicates', () => {
    const summary = new IngestSummary();
    expect(summary.render()).toBe('0 ingested, 0 duplicates, 0 skipped');
    summary.add(article('a'), { duplicate: true });
    summary.add(article('b'), { duplicate: true });
    expect(summary.render()).toBe('0 ingested, 2 duplicates, 0 skipped');
  });

  it('serializes to JSON for machine-readable output', () => {
    const summary = new IngestSummary();
    summary.add({ kind: 'skipped', input: 'a', reason: 'empty' });
    expect(JSON.parse(JSON.stringify(summary))).toEqual({ ingested: 0, duplicates: 0, undated: 0, skipped: [{ input: 'a', reason: 'empty' }], warnings: [] });
  });

  it('warns when articles carry no publication date, naming the fix', () => {
    const summary = new IngestSummary();
    summary.add(article('a.txt', [], null));
    summary.add(article('b.txt', [], null));
    summary.add(article('c.txt'));
    summary.add(article('a-again.txt', [], null), { duplicate: true });
    expect(summary.undated).toBe(2);
    expect(summary.render().split('\n').at(-1)).toBe('  warning: 2 of 3 articles have no publication date, so an event whose own sentence gives no date is undated '
      + '(and is never merged with another article\'s); give the date with --published YYYY-MM-DD, or a "published" field in JSONL');
  });
});
