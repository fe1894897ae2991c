// Articles about the same happening form a story. Each article is a bag of terms
// (story-terms.ts) weighted by TF-IDF over the articles being grouped; articles whose bags
// are close (cosine) are grouped by average link.
import { agglomerate, type Link } from './agglomerate.js';

export interface StoryOptions {
  /** Least average cosine at which two groups of articles are one story. */
  threshold: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = { threshold: 0.15 };

const MAX_PAIRING_POSTINGS = 100;

/** Cosine similarity of every pair of articles that share a weighted term (TF-IDF over `documents`). */
export function documentSimilarities(documents: ReadonlyMap<string, Map<string, number>>): Link[] {
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
  const links: Link[] = [];
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
      links.push({ a: ids[a], b: ids[b], similarity: row[b] });
      row[b] = 0;
    }
    touched.length = 0;
  }
  return links;
}

/** Story id of every article: the smallest article id of its story. */
export function clusterStories(ids: readonly string[], similarities: readonly Link[], options = DEFAULT_STORY_OPTIONS): Map<string, string> {
  const story = new Map<string, string>();
  for (const cluster of agglomerate(ids, similarities, { threshold: options.threshold })) {
    for (const id of cluster) story.set(id, cluster[0]);
  }
  return story;
}
