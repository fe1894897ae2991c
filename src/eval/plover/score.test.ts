import { describe, expect, it } from 'vitest';
import type { PloverType } from '../../ontology/ontology.js';
import { scoreTypes, type TypePrediction } from './score.js';

/** A record whose events have only types: parties do not count at this level. */
const record = (id: string, gold: PloverType, predicted: PloverType[]): TypePrediction => ({
  id, gold, goldParties: { actor: [''], recipient: [''] }, predicted: predicted.map((type) => ({ type, cameo: '', actor: null, recipient: null })),
});

describe('scoreTypes', () => {
  it('accuracy looks at the first event; precision and recall at every type found', () => {
    const score = scoreTypes([
      record('a', 'AGREE', ['AGREE']),
      record('b', 'ACCUSE', ['CONSULT', 'ACCUSE']),
      record('c', 'ASSAULT', []),
    ]);
    expect(score.accuracy).toBeCloseTo(1 / 3);
    expect({ tp: score.tp, fp: score.fp, fn: score.fn, covered: score.covered }).toEqual({ tp: 2, fp: 1, fn: 1, covered: 2 });
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.byType.get('ACCUSE')).toEqual({ gold: 1, found: 1 });
    expect(score.byType.get('ASSAULT')).toEqual({ gold: 1, found: 0 });
  });

  it('a type found twice in one record counts once', () => {
    const score = scoreTypes([record('a', 'AGREE', ['AGREE', 'AGREE', 'REJECT', 'REJECT'])]);
    expect({ tp: score.tp, fp: score.fp }).toEqual({ tp: 1, fp: 1 });
  });

  it('no records scores zero, not NaN', () => {
    const score = scoreTypes([]);
    expect([score.accuracy, score.precision, score.recall, score.f1]).toEqual([0, 0, 0, 0]);
  });
});
