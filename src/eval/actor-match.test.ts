import { describe, expect, it } from 'vitest';
import type { Sector } from '../contract.js';
import { actorMatches, nameWords, namesMatch } from './actor-match.js';
import type { GoldActor } from './gold.js';

const person = (name: string, country: string | null = null, sector: Sector | null = null): GoldActor => ({ name, country, sector });
const state = (country: string | null, sector: Sector | null): GoldActor => ({ name: null, country, sector });

describe('namesMatch', () => {
  it('matches exact names', () => {
    expect(namesMatch('Pete Sessions', 'Pete Sessions')).toBe(true);
  });

  it('ignores case and accents', () => {
    expect(namesMatch('Nicolás Maduro', 'NICOLAS MADURO')).toBe(true);
    expect(namesMatch('Juan Guaidó', 'juan guaido')).toBe(true);
    // Precomposed vs combining accent: both normalise to the same words.
    expect(namesMatch('Guaid\u00f3', 'Guaido\u0301')).toBe(true);
  });

  it('matches a surname alone against the full name, either side', () => {
    expect(namesMatch('Pete Sessions', 'Sessions')).toBe(true);
    expect(namesMatch('Sessions', 'Pete Sessions')).toBe(true);
    expect(namesMatch('Maduro', 'Nicolás Maduro')).toBe(true);
  });

  it('does not match a first name alone or another person of the same surname', () => {
    expect(namesMatch('Pete Sessions', 'Pete')).toBe(false);
    expect(namesMatch('Pete Sessions', 'William Sessions')).toBe(false);
    expect(namesMatch('Rudy Giuliani', 'Nicolás Maduro')).toBe(false);
  });

  it('ignores punctuation in initials and generational suffixes', () => {
    expect(namesMatch('J.D. Vance', 'JD Vance')).toBe(true);
    expect(namesMatch('Martin Luther King Jr.', 'King')).toBe(true);
    expect(namesMatch("Beto O'Rourke", 'O’Rourke')).toBe(true);
    expect(nameWords('  Nicolás   Maduro ')).toEqual(['nicolas', 'maduro']);
  });

  it('never matches an empty name', () => {
    expect(namesMatch('', 'Maduro')).toBe(false);
    expect(namesMatch('...', '...')).toBe(false);
  });
});

describe('actorMatches', () => {
  it('matches named actors by name alone', () => {
    expect(actorMatches(person('Nicolás Maduro', 'VEN', 'GOV'), person('Maduro', null, null))).toBe(true);
  });

  it('does not let a state stand for a named person', () => {
    expect(actorMatches(person('Nicolás Maduro', 'VEN', 'GOV'), state('VEN', 'GOV'))).toBe(false);
  });

  it('matches a null-name gold actor on country and sector', () => {
    const usGov = state('USA', 'GOV');
    expect(actorMatches(usGov, state('USA', 'GOV'))).toBe(true);
    expect(actorMatches(usGov, person('Donald Trump', 'USA', 'GOV'))).toBe(true);
    expect(actorMatches(usGov, state('USA', null))).toBe(true);
    expect(actorMatches(state('USA', null), state('USA', 'MIL'))).toBe(true);
    expect(actorMatches(usGov, state('USA', 'LEG'))).toBe(false);
    expect(actorMatches(usGov, state('VEN', 'GOV'))).toBe(false);
    expect(actorMatches(usGov, state(null, 'GOV'))).toBe(false);
  });

  it('treats a fully unspecified gold actor as matching anyone', () => {
    const anyone = state(null, null);
    expect(actorMatches(anyone, person('Emmanuel Macron', 'FRA', 'GOV'))).toBe(true);
    expect(actorMatches(anyone, state('IGO', null))).toBe(true);
    expect(actorMatches(anyone, null)).toBe(true);
  });

  it('constrains only the sector when gold gives only the sector', () => {
    const criminals = state(null, 'CRM');
    expect(actorMatches(criminals, state('COL', 'CRM'))).toBe(true);
    expect(actorMatches(criminals, state(null, null))).toBe(true);
    expect(actorMatches(criminals, state('VEN', 'MIL'))).toBe(false);
    expect(actorMatches(criminals, null)).toBe(false);
  });

  it('matches a null gold recipient only with a null prediction', () => {
    expect(actorMatches(null, null)).toBe(true);
    expect(actorMatches(null, state('VEN', 'GOV'))).toBe(false);
    expect(actorMatches(state('VEN', 'GOV'), null)).toBe(false);
  });
});
