import { describe, expect, it } from 'vitest';
import { ANY_PARTY, NO_COUNTRY } from '../country-parties.js';
import { codingsAgree, compareCodings, goldCoding, scoreRootArguments, type PredictedCoding } from './score-arguments.js';
import { loadCameoTraits } from '../../ontology/cameo-traits.js';

const traits = loadCameoTraits();

const gold = (event: string, source: string, target: string) => goldCoding({ event, source, target });
/** A predicted event as [cameo, actor country, recipient country]; null is a missing party, '?' one without a country. */
const predicted = (cameo: string, actor: string | null, recipient: string | null): PredictedCoding => {
  const party = (country: string | null) => (country === null ? null : { text: country, country: country === '?' ? null : country });
  return { cameo, actor: party(actor), recipient: party(recipient) };
};

describe('goldCoding', () => {
  it('reads the country from the first three letters of a CAMEO actor code', () => {
    expect(gold('190', 'RUSMIL', 'IGOEEU')).toMatchObject({ actor: ['RUS'], recipient: ['IGO'] });
    expect(gold('212', 'RUSCOP', '---EDU')).toMatchObject({ actor: ['RUS'], recipient: [ANY_PARTY] });
    expect(gold('030', 'PHL', '')).toMatchObject({ actor: ['PHL'], recipient: [NO_COUNTRY] });
  });
});

describe('compareCodings', () => {
  it('pairs a predicted event with a gold coding of the same root and countries, whatever the full code', () => {
    const comparison = compareCodings([gold('194', 'PRK', 'KOR')], [predicted('190', 'PRK', 'KOR')], traits);
    expect(comparison.matched).toBe(1);
    expect(codingsAgree(comparison)).toBe(true);
  });

  it('the right root with a missing or wrong party is one extra and one miss', () => {
    const comparison = compareCodings([gold('194', 'PRK', 'KOR')], [predicted('194', '?', null)], traits);
    expect(comparison.matched).toBe(0);
    expect(codingsAgree(comparison)).toBe(false);
  });

  it('counts repeated events once, but keeps a party without a country apart from a missing one', () => {
    const comparison = compareCodings([gold('212', 'RUSCOP', '---EDU')], [
      predicted('212', 'RUS', '?'), predicted('212', 'RUS', '?'), predicted('212', 'RUS', null),
    ], traits);
    expect(comparison.predicted).toHaveLength(2);
    expect(comparison.matched).toBe(1);
  });

  it('pairs one to one, so "A and B agree" coded both ways needs both directions', () => {
    const both = [gold('030', 'PHL', 'FRA'), gold('030', 'FRA', 'PHL')];
    expect(compareCodings(both, [predicted('030', 'PHL', 'FRA')], traits).matched).toBe(1);
    expect(compareCodings(both, [predicted('030', 'PHL', 'FRA'), predicted('030', 'FRA', 'PHL')], traits).matched).toBe(2);
  });

  it('a symmetric code on either side lets the parties swap', () => {
    expect(compareCodings([gold('040', 'USA', 'VEN')], [predicted('041', 'VEN', 'USA')], traits).matched).toBe(1);
    expect(compareCodings([gold('042', 'USA', 'VEN')], [predicted('042', 'VEN', 'USA')], traits).matched).toBe(0);
  });
});

describe('scoreRootArguments', () => {
  it('sums pairs over records; a record agrees only when nothing on either side is left over', () => {
    const score = scoreRootArguments([
      compareCodings([gold('190', 'RUS', 'UKR')], [predicted('190', 'RUS', 'UKR'), predicted('112', 'UKR', 'RUS')], traits),
      compareCodings([gold('064', 'AUS', 'LBY')], [predicted('064', 'AUS', 'LBY')], traits),
      compareCodings([gold('173', 'ETH', 'LBY')], [], traits),
    ]);
    expect({ tp: score.tp, fp: score.fp, fn: score.fn }).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.agreement).toBeCloseTo(1 / 3);
  });

  it('no records scores zero, not NaN', () => {
    expect(scoreRootArguments([]).agreement).toBe(0);
  });
});
