import { describe, expect, it } from 'vitest';
import { EnqueueSummary } from './enqueue-summary.js';

describe('EnqueueSummary', () => {
  it('accounts for every input, then lists skips and warnings', () => {
    const summary = new EnqueueSummary();
    summary.addEnqueued({ queued: ['a', 'b'], alreadyQueued: ['c'] });
    summary.alreadyStored = 4;
    summary.duplicates = 1;
    summary.addSkip('empty.txt', 'empty');
    summary.addWarning('latin.txt', 'not valid UTF-8; decoded as Latin-1');
    expect(summary.render()).toBe([
      '2 queued, 1 already queued, 4 already stored, 1 duplicate, 1 skipped, 1 warning',
      '  skipped empty.txt: empty',
      '  warning latin.txt: not valid UTF-8; decoded as Latin-1',
    ].join('\n'));
  });
});
