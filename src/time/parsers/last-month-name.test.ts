import { describe, expect, it } from 'vitest';
import { createChrono } from '../configuration.js';

const chrono = createChrono();

/** Parses `text` against a publication date (noon UTC, as the time stage does). */
function parse(text: string, published: string) {
  return chrono.parse(text, { instant: new Date(`${published}T12:00:00Z`), timezone: 0 });
}

function lastMonth(text: string, published: string): string | null {
  const result = parse(text, published).find((r) => r.tags().has('annalist/last-month-name'));
  if (!result) return null;
  const date = result.start.date();
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')} ${result.text}`;
}

describe('lastMonthNameParser', () => {
  it('reads "last September" as the most recent September before the reference month', () => {
    expect(lastMonth('Giuliani called Maduro last September.', '2019-12-08')).toBe('2019-09 last September');
  });

  it('goes back a year when the month is the reference month or later', () => {
    expect(lastMonth('They met last December.', '2019-12-08')).toBe('2018-12 last December');
    expect(lastMonth('They met last September.', '2019-03-08')).toBe('2018-09 last September');
  });

  it('accepts "this past" and "past", in any case', () => {
    expect(lastMonth('This past March the talks failed.', '2019-12-08')).toBe('2019-03 This past March');
    expect(lastMonth('over the past december', '2019-12-08')).toBe('2018-12 past december');
  });

  it('wins over chrono\'s own reading of the month alone', () => {
    const results = parse('last September', '2019-12-08');
    expect(results).toHaveLength(1);
    expect(results[0].text).toBe('last September');
  });

  it('declines text that is not "last <month>" (negatives)', () => {
    expect(lastMonth('At last, September came.', '2019-12-08')).toBeNull();
    expect(lastMonth('lastSeptember', '2019-12-08')).toBeNull();
    expect(lastMonth('the last Septembers of the decade', '2019-12-08')).toBeNull();
    expect(lastMonth('the last time they met', '2019-12-08')).toBeNull();
    expect(lastMonth('President TrumpDonald John TrumpDavis: Supreme Court decision is bad news for Trump MORE', '2019-12-08')).toBeNull();
  });
});
