// Articles about the same happening form a story. Each article is a bag of terms
// (story-terms.ts) weighted by TF-IDF over the articles being grouped; articles whose bags
// are close (cosine) are grouped by average link.
import { agglomerate, type Link } from './agglomerate.js';
import type { TermCounts } from './story-terms.js';
import { UnionFind } from './union-find.js';

export interface StoryOptions {
  /** Least average cosine at which two groups of articles are one story. */
  threshold: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = { threshold: 0.15 };

const MAX_PAIRING_POSTINGS = 100;

/**
 * Pairs of articles with their similarity, as parallel arrays: a corpus has millions of weakly
 * similar pairs, too many to hold as objects.
 */
export interface SimilarityGraph {
  /** Article ids, sorted; pairs name articles by their position here. */
  ids: string[];
  /** Pair k joins ids[first[k]] and ids[second[k]], first[k] < second[k]. */
  first: number[];
  second: number[];
  similarity: number[];
}

/**
 * Each article's unit TF-IDF vector, and for each term the articles that hold it, as flat
 * arrays: vector k is terms/weights[vectorStart[k] … vectorStart[k + 1]), posting t is
 * postingDocs/postingWeights[postingStart[t] … postingStart[t + 1]), articles in order.
 */
interface TermIndex {
  /** Article ids, sorted: articles are named by their position here. */
  ids: string[];
  vectorStart: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
  postingStart: Int32Array;
  postingDocs: Int32Array;
  postingWeights: Float64Array;
}

interface TermCount {
  documents: number;
  /** Position among the weighted terms, or -1. */
  number: number;
}

function termIndex(documents: ReadonlyMap<string, TermCounts>): TermIndex {
  // In id order, so each sum is added up in the same order whatever order the articles came in.
  const ids = [...documents.keys()].sort();
  const n = ids.length;
  // One lookup per term of each article; the rest goes through what it found.
  const counts = new Map<string, TermCount>();
  const found: TermCount[][] = [];
  const frequencies: number[][] = [];
  for (const id of ids) {
    const terms = documents.get(id)!;
    const entries: TermCount[] = [];
    const tfs: number[] = [];
    for (const [term, tf] of terms) {
      let count = counts.get(term);
      if (count === undefined) counts.set(term, (count = { documents: 0, number: -1 }));
      count.documents++;
      entries.push(count);
      tfs.push(tf);
    }
    found.push(entries);
    frequencies.push(tfs);
  }
  const vectorStart = new Int32Array(n + 1);
  const terms: number[] = [];
  const weights: number[] = [];
  let numbered = 0;
  for (let doc = 0; doc < n; doc++) {
    const start = terms.length;
    let norm = 0;
    for (let k = 0; k < found[doc].length; k++) {
      const count = found[doc][k];
      const df = count.documents;
      // A term in every article (or in one only) tells no two articles apart.
      if (df < 2 || df === n) continue;
      const weight = (1 + Math.log(frequencies[doc][k])) * Math.log(n / df);
      if (count.number < 0) count.number = numbered++;
      terms.push(count.number);
      weights.push(weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (let k = start; k < weights.length; k++) weights[k] /= norm;
    vectorStart[doc + 1] = terms.length;
  }
  // Postings by counting sort: articles in order within each term.
  const postingStart = new Int32Array(numbered + 1);
  for (const term of terms) postingStart[term + 1]++;
  for (let t = 0; t < numbered; t++) postingStart[t + 1] += postingStart[t];
  const postingDocs = new Int32Array(terms.length);
  const postingWeights = new Float64Array(terms.length);
  const filled = postingStart.slice(0, numbered);
  for (let doc = 0; doc < n; doc++) {
    for (let k = vectorStart[doc]; k < vectorStart[doc + 1]; k++) {
      const at = filled[terms[k]]++;
      postingDocs[at] = doc;
      postingWeights[at] = weights[k];
    }
  }
  return { ids, vectorStart, terms: Int32Array.from(terms), weights: Float64Array.from(weights), postingStart, postingDocs, postingWeights };
}

/**
 * Dot products of article `a` with every later article, summed term by term into the dense
 * `row`; the articles reached are listed in `touched`, in the order first reached. The caller
 * reads them and sets their entries back to 0.
 */
function similarityRow(index: TermIndex, a: number, row: Float64Array, touched: number[]): void {
  const { vectorStart, terms, weights, postingStart, postingDocs, postingWeights } = index;
  for (let k = vectorStart[a]; k < vectorStart[a + 1]; k++) {
    const from = postingStart[terms[k]];
    const to = postingStart[terms[k] + 1];
    // A term in very many articles would pair them all; the terms they also share will.
    if (to - from > MAX_PAIRING_POSTINGS) continue;
    const weight = weights[k];
    for (let p = from; p < to; p++) {
      const b = postingDocs[p];
      if (b <= a) continue;
      if (row[b] === 0) touched.push(b);
      row[b] += weight * postingWeights[p];
    }
  }
}

/** Cosine similarity of every pair of articles that share a weighted term (TF-IDF over `documents`). */
export function documentSimilarities(documents: ReadonlyMap<string, TermCounts>): SimilarityGraph {
  const index = termIndex(documents);
  const graph: SimilarityGraph = { ids: index.ids, first: [], second: [], similarity: [] };
  const row = new Float64Array(index.ids.length);
  const touched: number[] = [];
  for (let a = 0; a < index.ids.length; a++) {
    similarityRow(index, a, row, touched);
    for (const b of touched) {
      graph.first.push(a);
      graph.second.push(b);
      graph.similarity.push(row[b]);
      row[b] = 0;
    }
    touched.length = 0;
  }
  return graph;
}

/**
 * Story id of every article in `documents` (the smallest article id of its story): average
 * link over every pair documentSimilarities gives, without holding the millions of weak pairs.
 * An average never exceeds its largest term, so only links inside a group that pairs at the
 * threshold connect can take part in a merge (see agglomerate). A first pass over the
 * similarity rows finds those groups; a second recomputes the rows of grouped articles and
 * keeps their links within their group.
 */
export function storiesOf(documents: ReadonlyMap<string, TermCounts>, options = DEFAULT_STORY_OPTIONS): Map<string, string> {
  const index = termIndex(documents);
  const n = index.ids.length;
  const row = new Float64Array(n);
  const touched: number[] = [];
  const components = new UnionFind(n);
  for (let a = 0; a < n; a++) {
    similarityRow(index, a, row, touched);
    for (const b of touched) {
      if (row[b] >= options.threshold) components.union(a, b);
      row[b] = 0;
    }
    touched.length = 0;
  }
  const links: Link[] = [];
  for (let a = 0; a < n; a++) {
    const root = components.find(a);
    if (components.sizeOf(root) === 1) continue;
    similarityRow(index, a, row, touched);
    for (const b of touched) {
      if (components.find(b) === root) links.push({ a: index.ids[a], b: index.ids[b], similarity: row[b] });
      row[b] = 0;
    }
    touched.length = 0;
  }
  const story = new Map<string, string>();
  for (const cluster of agglomerate(index.ids, links, { threshold: options.threshold })) {
    for (const id of cluster) story.set(id, cluster[0]);
  }
  return story;
}
