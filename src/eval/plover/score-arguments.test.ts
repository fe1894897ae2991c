import { describe, expect, it } from 'vitest';
import type { PloverType } from '../../ontology/ontology.js';
import { NO_COUNTRY } from '../country-parties.js';
import type { PredictedType, TypePrediction } from './score.js';
import { ploverGoldParties, scoreTypeArguments } from './score-arguments.js';
import { loadCameoTraits } from '../../ontology/cameo-traits.js';

const traits = loadCameoTraits();

/** An event as [type, actor country, recipient country]; null is a missing party. */
type EventSpec = [PloverType, string | null, string | null, string?];
const party = (country: string | null) => (country === null ? null : { text: country, country });
const event = ([type, actor, recipient, cameo = '000']: EventSpec): PredictedType => ({ type, cameo, actor: party(actor), recipient: party(recipient) });
const record = (gold: PloverType, sources: string[], targets: string[], predicted: EventSpec[]): TypePrediction => ({
  id: `${gold}-${predicted.length}`, gold, goldParties: ploverGoldParties({ sources, targets }), predicted: predicted.map(event),
});

describe('ploverGoldParties', () => {
  it('a side without actors accepts only a side without a country', () => {
    expect(ploverGoldParties({ sources: ['UGA'], targets: [] })).toEqual({ actor: ['UGA'], recipient: [NO_COUNTRY] });
    expect(ploverGoldParties({ sources: [], targets: ['IRQ'] })).toEqual({ actor: [NO_COUNTRY], recipient: ['IRQ'] });
  });

  it('joint sources without a target ("Hungarian and Romanian officials agreed") accept each other as recipient', () => {
    expect(ploverGoldParties({ sources: ['HUN', 'ROU'], targets: [] })).toEqual({ actor: ['HUN', 'ROU'], recipient: [NO_COUNTRY, 'HUN', 'ROU'] });
  });
});

describe('scoreTypeArguments', () => {
  it('a record is right when an event of the gold type has the gold countries on both sides', () => {
    const score = scoreTypeArguments([
      record('ASSAULT', ['ISR'], ['PSE'], [['ASSAULT', 'ISR', 'PSE']]),
      record('THREATEN', ['USA'], ['RUS'], [['THREATEN', 'USA', null]]),
      record('REJECT', ['PAK'], ['IRQ'], [['ACCUSE', 'PAK', 'IRQ']]),
    ], traits);
    expect({ tp: score.tp, fp: score.fp, fn: score.fn }).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(score.accuracy).toBeCloseTo(1 / 3);
  });

  it('the right event need not come first for P/R, but must for accuracy', () => {
    const score = scoreTypeArguments([record('REQUEST', ['POL'], ['RUS'], [['REQUEST', 'RUS', 'POL'], ['REQUEST', 'POL', 'RUS']])], traits);
    expect({ tp: score.tp, fp: score.fp, fn: score.fn, accuracy: score.accuracy }).toEqual({ tp: 1, fp: 0, fn: 0, accuracy: 0 });
  });

  it('swapped parties are right only for a symmetric code', () => {
    const swapped = (cameo: string) => scoreTypeArguments([record('CONSULT', ['MAR'], ['USA'], [['CONSULT', 'USA', 'MAR', cameo]])], traits).tp;
    expect(swapped('040')).toBe(1);
    expect(swapped('042')).toBe(0);
  });

  it('no records scores zero, not NaN', () => {
    const score = scoreTypeArguments([], traits);
    expect([score.accuracy, score.precision, score.recall, score.f1]).toEqual([0, 0, 0, 0]);
  });
});
