// Articles about the same happening form a story. Each article is a bag of terms
// (story-terms.ts) weighted by TF-IDF over the articles being grouped; articles whose bags
// are close (cosine) are grouped by average link.
import { agglomerate, type Link } from './agglomerate.js';
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

/** Cosine similarity of every pair of articles that share a weighted term (TF-IDF over `documents`). */
export function documentSimilarities(documents: ReadonlyMap<string, Map<string, number>>): SimilarityGraph {
  // In id order, so each sum is added up in the same order whatever order the articles came in.
  const ids = [...documents.keys()].sort();
  const n = ids.length;
  const documentFrequency = new Map<string, number>();
  for (const terms of documents.values()) for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  // Each article's unit vector as parallel arrays of term numbers and weights.
  const termNumber = new Map<string, number>();
  const vectors = ids.map((id) => {
    const terms: number[] = [];
    const weights: number[] = [];
    let norm = 0;
    for (const [term, tf] of documents.get(id)!) {
      const df = documentFrequency.get(term)!;
      // A term in every article (or in one only) tells no two articles apart.
      if (df < 2 || df === n) continue;
      const weight = (1 + Math.log(tf)) * Math.log(n / df);
      let number = termNumber.get(term);
      if (number === undefined) termNumber.set(term, (number = termNumber.size));
      terms.push(number);
      weights.push(weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    return { terms, weights: weights.map((weight) => weight / norm) };
  });
  // Postings: for each term, the articles (by position) that hold it and its weight in each.
  const postings: { docs: number[]; weights: number[] }[] = Array.from({ length: termNumber.size }, () => ({ docs: [], weights: [] }));
  vectors.forEach((vector, doc) => vector.terms.forEach((term, k) => {
    postings[term].docs.push(doc);
    postings[term].weights.push(vector.weights[k]);
  }));
  // Dot products of one article with every later one, summed term by term in one dense row.
  const graph: SimilarityGraph = { ids, first: [], second: [], similarity: [] };
  const row = new Float64Array(n);
  const touched: number[] = [];
  for (let a = 0; a < n; a++) {
    const vector = vectors[a];
    for (let k = 0; k < vector.terms.length; k++) {
      const posting = postings[vector.terms[k]];
      // A term in very many articles would pair them all; the terms they also share will.
      if (posting.docs.length > MAX_PAIRING_POSTINGS) continue;
      for (let p = 0; p < posting.docs.length; p++) {
        const b = posting.docs[p];
        if (b <= a) continue;
        if (row[b] === 0) touched.push(b);
        row[b] += vector.weights[k] * posting.weights[p];
      }
    }
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

/** Story id of every article: the smallest article id of its story. */
export function clusterStories(graph: SimilarityGraph, options = DEFAULT_STORY_OPTIONS): Map<string, string> {
  const story = new Map<string, string>();
  for (const cluster of agglomerate(graph.ids, linksThatCanMerge(graph, options.threshold), { threshold: options.threshold })) {
    for (const id of cluster) story.set(id, cluster[0]);
  }
  return story;
}

/**
 * The links between articles that a pair at the threshold connects, directly or not: only
 * these can take part in a merge (see agglomerate), and they are few. Found here, on
 * positions, before the millions of weak links become objects.
 */
function linksThatCanMerge(graph: SimilarityGraph, threshold: number): Link[] {
  const components = new UnionFind(graph.ids.length);
  graph.similarity.forEach((similarity, k) => {
    if (similarity >= threshold) components.union(graph.first[k], graph.second[k]);
  });
  const links: Link[] = [];
  graph.similarity.forEach((similarity, k) => {
    const a = graph.first[k];
    const b = graph.second[k];
    const root = components.find(a);
    if (root === components.find(b) && components.sizeOf(root) > 1) links.push({ a: graph.ids[a], b: graph.ids[b], similarity });
  });
  return links;
}
