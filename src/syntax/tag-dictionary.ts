// Words the treebanks always tag one way ("the", ",", "of", "said"): the tagger gives them that
// tag without scoring (Honnibal's trick), which spares it about half of a news sentence's words.
import { FeatureTable } from './feature-table.js';

export interface TagDictionaryData {
  /** Hashes of the words as written (WordAtoms' `cased`). */
  words: Uint32Array;
  tags: Uint8Array;
}

export class TagDictionary {
  private readonly table: FeatureTable;

  constructor(readonly data: TagDictionaryData) {
    this.table = FeatureTable.fromKeys(data.words);
  }

  /** The tag id of a word's hash, or -1 when the word is not in the dictionary. */
  tagOf(word: number): number {
    const row = this.table.get(word);
    return row < 0 ? -1 : this.data.tags[row];
  }
}
