// TempEval-3 timex scoring (UzZaman et al. 2013, evaluate_entities.py), on character spans:
// - strict: the spans are identical; relaxed: they overlap (each gold and each predicted
//   expression matched at most once);
// - attribute F1 (value, type) = the share of relaxed matches whose attribute is equal,
//   times the relaxed F1; the same share alone is the attribute's accuracy.
// The document creation time is not scored (TE3 skips tid t0): only expressions in the text.

export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexMatch<G extends ScoredTimex, P extends ScoredTimex> {
  gold: G;
  predicted: P;
  strict: boolean;
}

export interface DocumentAlignment<G extends ScoredTimex, P extends ScoredTimex> {
  matches: TimexMatch<G, P>[];
  missed: G[];
  extra: P[];
}

export interface TimexCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  /** Relaxed matches with the same value / type. */
  value: number;
  type: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexFigures {
  counts: TimexCounts;
  strict: PRF;
  relaxed: PRF;
  valueF1: number;
  typeF1: number;
  valueAccuracy: number;
  typeAccuracy: number;
}

const overlap = (a: ScoredTimex, b: ScoredTimex) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** One document: identical spans pair first, then the remaining ones by largest overlap. */
export function alignTimexes<G extends ScoredTimex, P extends ScoredTimex>(gold: readonly G[], predicted: readonly P[]): DocumentAlignment<G, P> {
  const matches: TimexMatch<G, P>[] = [];
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  gold.forEach((g, i) => {
    const j = predicted.findIndex((p, k) => !usedPredicted.has(k) && p.start === g.start && p.end === g.end);
    if (j < 0) return;
    usedGold.add(i);
    usedPredicted.add(j);
    matches.push({ gold: g, predicted: predicted[j], strict: true });
  });
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => {
    if (usedGold.has(i)) return;
    predicted.forEach((p, j) => {
      const shared = overlap(g, p);
      if (!usedPredicted.has(j) && shared > 0) pairs.push([shared, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || usedPredicted.has(j)) continue;
    usedGold.add(i);
    usedPredicted.add(j);
    matches.push({ gold: gold[i], predicted: predicted[j], strict: false });
  }
  matches.sort((a, b) => a.gold.start - b.gold.start);
  return {
    matches,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    extra: predicted.filter((_, j) => !usedPredicted.has(j)),
  };
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

/** Adds one document's alignment to running counts. */
export function countAlignment(counts: TimexCounts, alignment: DocumentAlignment<ScoredTimex, ScoredTimex>): TimexCounts {
  counts.gold += alignment.matches.length + alignment.missed.length;
  counts.predicted += alignment.matches.length + alignment.extra.length;
  for (const match of alignment.matches) {
    counts.relaxed++;
    if (match.strict) counts.strict++;
    if (match.gold.value === match.predicted.value) counts.value++;
    if (match.gold.type === match.predicted.type) counts.type++;
  }
  return counts;
}

function prf(matched: number, gold: number, predicted: number): PRF {
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function timexFigures(counts: TimexCounts): TimexFigures {
  const strict = prf(counts.strict, counts.gold, counts.predicted);
  const relaxed = prf(counts.relaxed, counts.gold, counts.predicted);
  const valueAccuracy = counts.relaxed === 0 ? 0 : counts.value / counts.relaxed;
  const typeAccuracy = counts.relaxed === 0 ? 0 : counts.type / counts.relaxed;
  return { counts, strict, relaxed, valueF1: valueAccuracy * relaxed.f1, typeF1: typeAccuracy * relaxed.f1, valueAccuracy, typeAccuracy };
}
