// Word clusters: groups of words that occur in like contexts, read from word vectors at
// training time (train/cluster-words.ts) and shipped with the model, so that a word the
// treebanks never show ("Hezbollah", "airstrike") still shares features with words they do.
// Two levels, as Brown-cluster prefixes are used (Koo et al. 2008): a coarse class and a fine one within it.
import { FeatureTable } from './feature-table.js';

export interface WordClusterData {
  /** Hashes of the lower-case forms (digits folded), as WordAtoms computes them. */
  words: Uint32Array;
  coarse: Uint16Array;
  fine: Uint16Array;
}

export class WordClusters {
  private readonly table: FeatureTable;

  constructor(readonly data: WordClusterData) {
    this.table = FeatureTable.fromKeys(data.words);
  }

  /** Cluster ids of a word's hash, 1-based; 0 for a word without a cluster. */
  coarseOf(word: number): number {
    const row = this.table.get(word);
    return row < 0 ? 0 : this.data.coarse[row] + 1;
  }

  fineOf(word: number): number {
    const row = this.table.get(word);
    return row < 0 ? 0 : this.data.fine[row] + 1;
  }
}
