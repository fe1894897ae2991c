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
  const documentFrequency = new Map<string, number>();
  for (const terms of documents.values()) for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const n = documents.size;
  const vectors = new Map<string, Map<string, number>>();
  for (const [id, terms] of documents) {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, tf] of terms) {
      const df = documentFrequency.get(term)!;
      // A term in every article (or in one only) tells no two articles apart.
      if (df < 2 || df === n) continue;
      const weight = (1 + Math.log(tf)) * Math.log(n / df);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    vectors.set(id, vector);
  }
  const postings = new Map<string, string[]>();
  for (const [id, vector] of vectors) {
    for (const term of vector.keys()) {
      const list = postings.get(term);
      if (list) list.push(id);
      else postings.set(term, [id]);
    }
  }
  const dots = new Map<string, number>();
  for (const [term, ids] of postings) {
    // A term in very many articles would pair them all; the terms they also share will.
    if (ids.length > MAX_PAIRING_POSTINGS) continue;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
        const key = `${a}\u0000${b}`;
        dots.set(key, (dots.get(key) ?? 0) + vectors.get(a)!.get(term)! * vectors.get(b)!.get(term)!);
      }
    }
  }
  return [...dots].map(([key, similarity]) => {
    const [a, b] = key.split('\u0000');
    return { a, b, similarity };
  });
}

/** Story id of every article: the smallest article id of its story. */
export function clusterStories(ids: readonly string[], similarities: readonly Link[], options = DEFAULT_STORY_OPTIONS): Map<string, string> {
  const story = new Map<string, string>();
  for (const cluster of agglomerate(ids, similarities, { threshold: options.threshold })) {
    for (const id of cluster) story.set(id, cluster[0]);
  }
  return story;
}
