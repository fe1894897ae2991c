// Coreference scores as the CoNLL-2012 reference scorer defines them, over one set of
// mentions clustered two ways (gold `key`, system `response`): MUC (links), B³ (per
// mention), CEAF-e (entity alignment) and CoNLL F1, their mean. Singletons count: ECB+
// event coreference is reported with them. A mention missing from one side is a singleton there.
import { munkres } from 'munkres';

/** Mention id → cluster id. */
export type Clustering = ReadonlyMap<string, string>;

export interface MetricScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorefScores {
  muc: MetricScore;
  b3: MetricScore;
  ceafe: MetricScore;
  /** Mean of the MUC, B³ and CEAF-e F1. */
  conll: number;
}

function score(precision: number, recall: number): MetricScore {
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The clusters of a clustering as sets of mention ids, every mention of `mentions` included. */
function clustersOf(clustering: Clustering, mentions: readonly string[]): string[][] {
  const byCluster = new Map<string, string[]>();
  for (const mention of mentions) {
    const cluster = clustering.get(mention) ?? `\u0000singleton:${mention}`;
    const members = byCluster.get(cluster);
    if (members) members.push(mention);
    else byCluster.set(cluster, [mention]);
  }
  return [...byCluster.values()];
}

/** MUC recall of `key` against `response`: the links of key clusters that the response keeps. */
function mucRecall(key: string[][], response: Clustering): [number, number] {
  let numerator = 0;
  let denominator = 0;
  for (const cluster of key) {
    const parts = new Set(cluster.map((mention) => response.get(mention) ?? `\u0000singleton:${mention}`));
    numerator += cluster.length - parts.size;
    denominator += cluster.length - 1;
  }
  return [numerator, denominator];
}

function asMap(clusters: string[][]): Map<string, string> {
  const map = new Map<string, string>();
  clusters.forEach((cluster, index) => cluster.forEach((mention) => map.set(mention, String(index))));
  return map;
}

function muc(key: string[][], response: string[][]): MetricScore {
  const [recallHits, recallTotal] = mucRecall(key, asMap(response));
  const [precisionHits, precisionTotal] = mucRecall(response, asMap(key));
  return score(precisionTotal === 0 ? 0 : precisionHits / precisionTotal, recallTotal === 0 ? 0 : recallHits / recallTotal);
}

function b3(key: string[][], response: string[][]): MetricScore {
  const keyOf = asMap(key);
  const responseOf = asMap(response);
  const keySize = new Map(key.map((cluster, index) => [String(index), cluster.length]));
  const responseSize = new Map(response.map((cluster, index) => [String(index), cluster.length]));
  const overlap = new Map<string, number>();
  for (const [mention, k] of keyOf) {
    const pair = `${k}\u0000${responseOf.get(mention)}`;
    overlap.set(pair, (overlap.get(pair) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [mention, k] of keyOf) {
    const r = responseOf.get(mention)!;
    const shared = overlap.get(`${k}\u0000${r}`)!;
    recall += shared / keySize.get(k)!;
    precision += shared / responseSize.get(r)!;
  }
  const n = keyOf.size;
  return score(n === 0 ? 0 : precision / n, n === 0 ? 0 : recall / n);
}

/**
 * CEAF with the entity similarity φ4 = 2|K∩R| / (|K|+|R|), under the best one-to-one alignment.
 * Only entities sharing a mention have a non-zero φ4, so the alignment is solved separately on
 * each connected group of overlapping key and response entities: small matrices, same optimum.
 */
function ceafe(key: string[][], response: string[][]): MetricScore {
  if (key.length === 0 || response.length === 0) return score(0, 0);
  const responseOf = asMap(response);
  const overlaps = key.map((cluster) => {
    const shared = new Map<number, number>();
    for (const mention of cluster) {
      const r = Number(responseOf.get(mention));
      shared.set(r, (shared.get(r) ?? 0) + 1);
    }
    return shared;
  });
  const phi = (k: number, r: number) => (2 * (overlaps[k].get(r) ?? 0)) / (key[k].length + response[r].length);
  let similarity = 0;
  for (const group of overlapGroups(overlaps, response.length)) {
    const cost = group.keys.map((k) => group.responses.map((r) => -phi(k, r)));
    for (const [row, column] of munkres(cost)) similarity -= cost[row][column];
  }
  return score(similarity / response.length, similarity / key.length);
}

/** Connected components of the key–response overlap graph. */
function overlapGroups(overlaps: Map<number, number>[], responses: number): { keys: number[]; responses: number[] }[] {
  const keysOfResponse = Array.from({ length: responses }, () => [] as number[]);
  overlaps.forEach((shared, k) => shared.forEach((_, r) => keysOfResponse[r].push(k)));
  const seenKey = new Set<number>();
  const groups: { keys: number[]; responses: number[] }[] = [];
  for (let start = 0; start < overlaps.length; start++) {
    if (seenKey.has(start)) continue;
    const group = { keys: [start], responses: [] as number[] };
    const seenResponse = new Set<number>();
    seenKey.add(start);
    for (let i = 0; i < group.keys.length; i++) {
      for (const r of overlaps[group.keys[i]].keys()) {
        if (seenResponse.has(r)) continue;
        seenResponse.add(r);
        group.responses.push(r);
        for (const k of keysOfResponse[r]) {
          if (!seenKey.has(k)) {
            seenKey.add(k);
            group.keys.push(k);
          }
        }
      }
    }
    groups.push(group);
  }
  return groups;
}

/** Scores `response` against `key` over the mentions of `key`. */
export function scoreCoreference(key: Clustering, response: Clustering): CorefScores {
  const mentions = [...key.keys()];
  const keyClusters = clustersOf(key, mentions);
  const responseClusters = clustersOf(response, mentions);
  const result = {
    muc: muc(keyClusters, responseClusters),
    b3: b3(keyClusters, responseClusters),
    ceafe: ceafe(keyClusters, responseClusters),
  };
  return { ...result, conll: (result.muc.f1 + result.b3.f1 + result.ceafe.f1) / 3 };
}
