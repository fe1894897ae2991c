import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { thrownAnnalistError as goldError } from '../../test/helpers/errors.js';
import { parseGold, readGoldFile } from './gold.js';

const MINI = fileURLToPath(new URL('./testdata/mini.gold.jsonl', import.meta.url));

const GOOD = {
  id: 'g-1',
  title: null,
  published: '2019-12-08',
  outlet: null,
  url: null,
  text: 'Giuliani phoned Maduro.',
  events: [
    {
      actor: { name: 'Rudy Giuliani', country: 'USA', sector: 'PTY' },
      recipient: { name: 'Nicolás Maduro', country: 'VEN', sector: 'GOV' },
      cameo: '041',
      date: '2018-09',
      status: 'asserted',
      evidence: 'Giuliani phoned Maduro.',
    },
  ],
};

function tempFile(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'annalist-gold-'));
  const path = join(dir, 'bad.gold.jsonl');
  writeFileSync(path, content);
  return path;
}

function withEvent(patch: Record<string, unknown>): Record<string, unknown> {
  return { ...GOOD, id: 'g-2', events: [{ ...GOOD.events[0], ...patch }] };
}

describe('readGoldFile', () => {
  it('reads the hand-made gold file', () => {
    const gold = readGoldFile(MINI);
    expect(gold.map((a) => a.id)).toEqual(['t-call', 't-state', 't-protest', 't-order', 't-none']);
    expect(gold[0].events[0].actor).toEqual({ name: 'Rudy Giuliani', country: 'USA', sector: 'PTY' });
    expect(gold[0].events[2].optional).toBe(true);
    expect(gold[2].events[0].recipient).toBeNull();
    expect(gold[1].events[2].date).toBeNull();
  });

  it('defaults optional to false', () => {
    const [article] = parseGold(JSON.stringify(GOOD), 'inline');
    expect(article.events[0].optional).toBe(false);
  });

  it('skips blank lines', () => {
    expect(parseGold(`\n${JSON.stringify(GOOD)}\n\n`, 'inline')).toHaveLength(1);
  });

  it('names file:line and the field of a malformed line', () => {
    const bad = withEvent({ actor: { name: null, country: 'Venezuela', sector: 'GOV' } });
    const path = tempFile(`${JSON.stringify(GOOD)}\n\n${JSON.stringify(bad)}\n`);
    const error = goldError(() => readGoldFile(path));
    expect(error.code).toBe('gold');
    expect(error.input).toBe(`${path}:3`);
    expect(error.message).toContain('events[0].actor.country');
    expect(error.message).toContain('alpha-3');
  });

  it('rejects a line that is not JSON', () => {
    const error = goldError(() => parseGold(`${JSON.stringify(GOOD)}\n{"id": "x",`, 'gold.jsonl'));
    expect(error.code).toBe('gold');
    expect(error.input).toBe('gold.jsonl:2');
    expect(error.message).toContain('not valid JSON');
  });

  it('rejects a missing field, naming it', () => {
    const { events: _events, ...noEvents } = GOOD;
    const error = goldError(() => parseGold(JSON.stringify(noEvents), 'g'));
    expect(error.input).toBe('g:1');
    expect(error.message).toMatch(/^g:1: events: /);
  });

  it('rejects a misspelt event key rather than dropping it', () => {
    const error = goldError(() => parseGold(JSON.stringify(withEvent({ optinal: true })), 'g'));
    expect(error.message).toContain('events[0]');
    expect(error.message).toContain('optinal');
  });

  it('rejects bad codes, dates, statuses and sectors', () => {
    for (const [patch, field] of [
      [{ cameo: '4' }, 'events[0].cameo'],
      [{ cameo: '04a' }, 'events[0].cameo'],
      [{ date: '2018-13' }, 'events[0].date'],
      [{ date: 'September 2018' }, 'events[0].date'],
      [{ status: 'claimed' }, 'events[0].status'],
      [{ recipient: { name: 'Maduro', country: 'VEN', sector: 'PRESIDENT' } }, 'events[0].recipient.sector'],
      [{ evidence: '' }, 'events[0].evidence'],
    ] as const) {
      const error = goldError(() => parseGold(JSON.stringify(withEvent(patch)), 'g'));
      expect(error.message, JSON.stringify(patch)).toContain(`${field}:`);
    }
  });

  it('rejects a duplicate article id', () => {
    const error = goldError(() => parseGold(`${JSON.stringify(GOOD)}\n${JSON.stringify(GOOD)}`, 'g'));
    expect(error.input).toBe('g:2');
    expect(error.message).toContain("duplicate article id 'g-1'");
  });

  it('reports an unreadable file as an input error', () => {
    const error = goldError(() => readGoldFile('/nonexistent/gold.jsonl'));
    expect(error.code).toBe('input');
    expect(error.input).toBe('/nonexistent/gold.jsonl');
  });
});
