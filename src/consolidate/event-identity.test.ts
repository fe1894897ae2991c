import { describe, expect, it } from 'vitest';
import { loadCameoTraits } from '../ontology/cameo-traits.js';
import { incompatible, mentionSimilarity } from './event-identity.js';
import type { MentionFeatures, RoleHolder } from './mention-features.js';

const traits = loadCameoTraits();

const holder = (key: string, codeKey: string | null = null): RoleHolder => ({ key, codeKey });
const MERZ = holder('name:friedrichmerz', 'code:DEUGOV');
const LULA = holder('name:luizinacioluladasilva', 'code:BRAGOV');

/** Features of a coded mention; `symmetric` follows the code, as featuresOfRecord sets it. */
function mention(overrides: Partial<MentionFeatures>): MentionFeatures {
  const roles = overrides.roles ?? { actor: MERZ, recipient: LULA };
  const code = overrides.code === undefined ? '055' : overrides.code;
  return {
    id: 'm', document: 'd1', story: 's', lemma: 'apologise', code, symmetric: code !== null && traits.has(code, 'symmetric'),
    participants: [roles.actor?.key, roles.recipient?.key].filter((k): k is string => Boolean(k)).sort(),
    date: { start: '2025-11-19', end: '2025-11-19' }, status: 'asserted', roles, ...overrides,
  };
}

describe('event identity', () => {
  it('finds two reports of one apology alike, across articles and stories', () => {
    expect(mentionSimilarity(mention({}), mention({ id: 'n', document: 'd2' }), 1)).toBeGreaterThanOrEqual(0.9);
    expect(mentionSimilarity(mention({}), mention({ id: 'n', document: 'd2', story: 'other' }), 0)).toBeGreaterThan(0.5);
  });

  it('never joins dates that cannot overlap or codes of different roots', () => {
    expect(incompatible(mention({}), mention({ date: { start: '2018-09-01', end: '2018-09-30' } }))).toBe(true);
    expect(incompatible(mention({}), mention({ date: { start: '2025-11-01', end: '2025-11-30' } }))).toBe(false);
    expect(incompatible(mention({}), mention({ code: '111' }))).toBe(true);
  });

  it('never joins a coded mention with no date to another article\'s, but may within one article, and leaves bare spans alone', () => {
    const undated = (document: string) => mention({ id: document, document, date: null });
    expect(incompatible(undated('d1'), undated('d2'))).toBe(true);
    expect(incompatible(undated('d1'), mention({ id: 'n', document: 'd2' }))).toBe(true);
    expect(incompatible(undated('d1'), { ...undated('d1'), id: 'n' })).toBe(false);
    const span = (document: string) => mention({ id: document, document, date: null, code: null, roles: null });
    expect(incompatible(span('d1'), span('d2'))).toBe(false);
  });

  it('keeps "A accused B" and "B accused A" apart, but not "A met B" and "B met A"', () => {
    const accuse = (actor: RoleHolder, recipient: RoleHolder, code: string) => mention({ code, roles: { actor, recipient } });
    expect(incompatible(accuse(MERZ, LULA, '112'), accuse(LULA, MERZ, '112'))).toBe(true);
    expect(incompatible(accuse(MERZ, LULA, '040'), accuse(LULA, MERZ, '040'))).toBe(false);
    expect(mentionSimilarity(accuse(MERZ, LULA, '040'), accuse(LULA, MERZ, '040'), 1)).toBeGreaterThan(0.5);
  });

  it('keeps "A hosted B" and "B hosted A" apart: hosting has a direction (negative)', () => {
    const host = (actor: RoleHolder, recipient: RoleHolder) => mention({ code: '043', roles: { actor, recipient } });
    expect(incompatible(host(MERZ, LULA), host(LULA, MERZ))).toBe(true);
  });

  it('takes a government for its named head: "Berlin apologised" fits "Merz apologised"', () => {
    const berlin = mention({ id: 'n', roles: { actor: holder('code:DEUGOV', 'code:DEUGOV'), recipient: LULA } });
    expect(mentionSimilarity(mention({}), berlin, 1)).toBeGreaterThan(0.5);
    const paris = mention({ id: 'n', roles: { actor: holder('code:FRAGOV', 'code:FRAGOV'), recipient: LULA } });
    expect(mentionSimilarity(mention({}), paris, 1)).toBe(0);
  });

  it('joins mentions that name nobody only within one article and by the same words', () => {
    const nobody = { actor: null, recipient: null };
    expect(mentionSimilarity(mention({ roles: nobody }), mention({ id: 'n', roles: nobody }), 1)).toBeGreaterThan(0.5);
    expect(mentionSimilarity(mention({ roles: nobody }), mention({ id: 'n', document: 'd2', roles: nobody }), 1)).toBe(0);
  });
});
