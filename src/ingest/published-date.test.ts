import { describe, expect, it } from 'vitest';
import { normalizePublished } from './published-date.js';

describe('normalizePublished', () => {
  it('keeps ISO dates', () => {
    expect(normalizePublished('2019-12-08')).toBe('2019-12-08');
    expect(normalizePublished(' 2019-12-8 ')).toBe('2019-12-08');
  });

  it('reads the date of a timestamp as written, not as UTC', () => {
    expect(normalizePublished('2019-12-08T23:30:00-05:00')).toBe('2019-12-08');
    expect(normalizePublished('2019-12-08T00:10:00+09:00')).toBe('2019-12-08');
    expect(normalizePublished('2019-12-08 10:00:00')).toBe('2019-12-08');
    expect(normalizePublished('20191208T101500Z')).toBe('2019-12-08');
  });

  it('reads feed and byline formats', () => {
    expect(normalizePublished('Sun, 08 Dec 2019 23:30:00 -0500')).toBe('2019-12-08');
    expect(normalizePublished('December 8, 2019')).toBe('2019-12-08');
    expect(normalizePublished('8th Sept. 2019')).toBe('2019-09-08');
    expect(normalizePublished('2019/12/08')).toBe('2019-12-08');
  });

  it('refuses what is not a full calendar date', () => {
    expect(normalizePublished('2019-02-30')).toBeNull();
    expect(normalizePublished('2019-13-01')).toBeNull();
    expect(normalizePublished('2019-12')).toBeNull();
    expect(normalizePublished('yesterday')).toBeNull();
    expect(normalizePublished('')).toBeNull();
  });

  it('refuses numeric day/month orders, which are ambiguous', () => {
    expect(normalizePublished('08/12/2019')).toBeNull();
  });

  it('accepts 29 February only in leap years', () => {
    expect(normalizePublished('2024-02-29')).toBe('2024-02-29');
    expect(normalizePublished('2023-02-29')).toBeNull();
  });
});
