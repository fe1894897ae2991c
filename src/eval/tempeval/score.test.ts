import { describe, expect, it } from 'vitest';
import { alignTimexes, countAlignment, emptyCounts, timexFigures, type ScoredTimex } from './score.js';

const t = (start: number, end: number, type: string, value: string): ScoredTimex => ({ start, end, type, value });

describe('alignTimexes', () => {
  it('pairs identical spans strictly and overlapping spans relaxedly, one to one', () => {
    const gold = [t(0, 9, 'DATE', '1998-W08'), t(20, 29, 'DURATION', 'P2Y'), t(40, 44, 'DATE', '1998')];
    const predicted = [t(0, 9, 'DATE', '1998-W08'), t(16, 29, 'DURATION', 'P2Y'), t(18, 22, 'DATE', 'PAST_REF'), t(50, 55, 'DATE', '1999')];
    const alignment = alignTimexes(gold, predicted);
    expect(alignment.matches.map((m) => [m.gold.value, m.predicted.value, m.strict])).toEqual([['1998-W08', '1998-W08', true], ['P2Y', 'P2Y', false]]);
    expect(alignment.missed.map((g) => g.value)).toEqual(['1998']);
    expect(alignment.extra.map((p) => p.value)).toEqual(['PAST_REF', '1999']);
  });

  it('does not pair spans that only touch (negative)', () => {
    expect(alignTimexes([t(0, 5, 'DATE', 'a')], [t(5, 9, 'DATE', 'a')]).matches).toEqual([]);
  });
});

describe('timexFigures', () => {
  it('scores as TempEval-3: attribute F1 is the relaxed F1 times the attribute accuracy over relaxed matches', () => {
    const counts = emptyCounts();
    // gold 4, predicted 5; 3 relaxed matches (2 strict); values right on 2, types on 3.
    countAlignment(counts, alignTimexes(
      [t(0, 4, 'DATE', '1998'), t(10, 14, 'DATE', '1999'), t(20, 30, 'DURATION', 'P2Y'), t(40, 44, 'DATE', '2000')],
      [t(0, 4, 'DATE', '1998'), t(10, 14, 'DATE', '1997'), t(22, 30, 'DURATION', 'P2Y'), t(50, 52, 'SET', 'P1D'), t(60, 62, 'SET', 'P1W')],
    ));
    const figures = timexFigures(counts);
    expect(counts).toEqual({ gold: 4, predicted: 5, strict: 2, relaxed: 3, value: 2, type: 3 });
    expect(figures.strict.precision).toBeCloseTo(2 / 5);
    expect(figures.strict.recall).toBeCloseTo(2 / 4);
    expect(figures.relaxed.f1).toBeCloseTo((2 * (3 / 5) * (3 / 4)) / (3 / 5 + 3 / 4));
    expect(figures.valueAccuracy).toBeCloseTo(2 / 3);
    expect(figures.valueF1).toBeCloseTo((2 / 3) * figures.relaxed.f1);
    expect(figures.typeF1).toBeCloseTo(figures.relaxed.f1);
  });

  it('is zero, not NaN, with nothing predicted (negative)', () => {
    const counts = emptyCounts();
    countAlignment(counts, alignTimexes([t(0, 4, 'DATE', '1998')], []));
    expect(timexFigures(counts)).toMatchObject({ valueF1: 0, strict: { precision: 0, recall: 0, f1: 0 } });
  });
});
