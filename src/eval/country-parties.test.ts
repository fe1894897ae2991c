import { describe, expect, it } from 'vitest';
import { ANY_PARTY, NO_COUNTRY, partiesMatch, sideMatches, type PartyRef } from './country-parties.js';

const party = (country: string | null, text = country ?? 'someone'): PartyRef => ({ text, country });

describe('sideMatches', () => {
  it('a party matches when its country is one gold accepts', () => {
    expect(sideMatches(['HUN', 'ROU'], party('ROU'))).toBe(true);
    expect(sideMatches(['HUN'], party('AUT'))).toBe(false);
  });

  it('a gold side without a country is matched by no party or by one without a country, not by a named country', () => {
    expect(sideMatches([NO_COUNTRY], null)).toBe(true);
    expect(sideMatches([NO_COUNTRY], party(null, 'the protesters'))).toBe(true);
    expect(sideMatches([NO_COUNTRY], party('USA'))).toBe(false);
  });

  it('a gold country is not matched by a missing party or one without a country', () => {
    expect(sideMatches(['UKR'], null)).toBe(false);
    expect(sideMatches(['UKR'], party(null, 'forces'))).toBe(false);
  });

  it('an unknown-country gold party accepts any named party, not a missing one', () => {
    expect(sideMatches([ANY_PARTY], party('RUS', 'students'))).toBe(true);
    expect(sideMatches([ANY_PARTY], party(null, 'students'))).toBe(true);
    expect(sideMatches([ANY_PARTY], null)).toBe(false);
  });
});

describe('partiesMatch', () => {
  const gold = { actor: ['RUS'], recipient: ['UKR'] };

  it('needs both sides, in gold direction', () => {
    expect(partiesMatch(gold, { actor: party('RUS'), recipient: party('UKR') }, false)).toBe(true);
    expect(partiesMatch(gold, { actor: party('RUS'), recipient: null }, false)).toBe(false);
    expect(partiesMatch(gold, { actor: party('UKR'), recipient: party('RUS') }, false)).toBe(false);
  });

  it('accepts the sides swapped only for a symmetric code', () => {
    expect(partiesMatch(gold, { actor: party('UKR'), recipient: party('RUS') }, true)).toBe(true);
  });
});
