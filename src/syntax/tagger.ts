// Part-of-speech tagging: a greedy left-to-right averaged perceptron over one tag set that
// pairs a universal tag with its Penn tag ("VERB|VBN"), so one decision gives both.
import { argmax, type LinearModel } from './linear-model.js';
import { MAX_TAGGER_FEATURES, NO_TAG, taggerFeatures } from './tagger-features.js';
import type { WordAtoms } from './word-atoms.js';

export class Tagger {
  readonly tags: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  private readonly keys = new Uint32Array(MAX_TAGGER_FEATURES);
  private readonly scores: Float32Array;

  constructor(private readonly model: LinearModel, tags: readonly string[]) {
    this.tags = tags;
    this.upos = tags.map((tag) => tag.split('|')[0]);
    this.xpos = tags.map((tag) => tag.split('|')[1]);
    this.scores = new Float32Array(model.classes);
  }

  /** Tag ids of the words in `atoms`, into `out`. */
  tag(atoms: WordAtoms, out: Uint8Array | Uint16Array): void {
    let previous = NO_TAG;
    let beforePrevious = NO_TAG;
    for (let i = 0; i < atoms.length; i++) {
      const count = taggerFeatures(atoms, i, previous, beforePrevious, this.keys);
      this.model.score(this.keys, count, this.scores);
      const tag = argmax(this.scores, this.model.classes);
      out[i] = tag;
      beforePrevious = previous;
      previous = tag;
    }
  }
}
