// The parser's view of one sentence, filled from the word atoms and the tagger's tags, with
// the root as word n. Arrays grow as needed and are reused from sentence to sentence.
import { ROOT_TAG, ROOT_WORD, type SentenceAtoms } from './parser-features.js';
import { WordFlag, type WordAtoms } from './word-atoms.js';

export class SentenceAtomsBuffer implements SentenceAtoms {
  word = new Uint32Array(0);
  tag = new Uint16Array(0);
  cluster = new Uint16Array(0);
  suffix = new Uint32Array(0);
  punctBefore = new Int32Array(0);

  fill(words: WordAtoms, tags: ArrayLike<number>): void {
    const n = words.length;
    if (this.word.length <= n) {
      const size = Math.max(n + 1, this.word.length * 2, 128);
      this.word = new Uint32Array(size);
      this.tag = new Uint16Array(size);
      this.cluster = new Uint16Array(size);
      this.suffix = new Uint32Array(size);
      this.punctBefore = new Int32Array(size + 1);
    }
    let punct = 0;
    for (let i = 0; i < n; i++) {
      this.word[i] = words.lower[i];
      this.tag[i] = tags[i];
      this.cluster[i] = words.fine[i];
      this.suffix[i] = words.suffixOf(i, 3);
      this.punctBefore[i] = punct;
      if (words.flags[i] & WordFlag.punct) punct++;
    }
    this.word[n] = ROOT_WORD;
    this.tag[n] = ROOT_TAG;
    this.cluster[n] = 0;
    this.suffix[n] = 0;
    this.punctBefore[n] = punct;
  }

  /** A copy sized to this sentence, for training data held in memory. */
  snapshot(n: number): SentenceAtoms {
    return {
      word: this.word.slice(0, n + 1),
      tag: this.tag.slice(0, n + 1),
      cluster: this.cluster.slice(0, n + 1),
      suffix: this.suffix.slice(0, n + 1),
      punctBefore: this.punctBefore.slice(0, n + 1),
    };
  }
}
