// Part-of-speech tagging: a greedy left-to-right averaged perceptron over one tag set that
// pairs a universal tag with its Penn tag ("VERB|VBN"), so one decision gives both; then,
// with a second model, a second pass that sees the first's tags of the whole sentence.
import { argmax, type LinearModel } from './linear-model.js';
import { hashText } from './feature-hash.js';
import { hashFolded } from './word-atoms.js';
import { MAX_TAGGER_FEATURES, NO_TAG, taggerFeatures, type FirstPass } from './tagger-features.js';
import type { WordAtoms } from './word-atoms.js';
import type { TagDictionary } from './tag-dictionary.js';

export class Tagger {
  readonly tags: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  private readonly keys = new Uint32Array(MAX_TAGGER_FEATURES);
  private readonly scores: Float32Array;

  private readonly first: FirstPass;
  /** 1 for the tag ids of verbs with a tense or a base form (VB, VBD, VBP, VBZ, MD), which never follow an article. */
  private readonly verbal: Uint8Array;
  /** Hashes of the articles as written, lower and capitalised. */
  private readonly articles: Set<number>;
  /** Lower-case hashes of the forms of "be", "have" and "get" a participle follows in a passive or perfect. */
  private readonly auxiliaries: Set<number>;
  /** The VERB|VBD tag id, or -1. */
  private readonly pastTense: number;
  private readonly by = hashFolded('by');

  constructor(readonly model: LinearModel, tags: readonly string[], private readonly second: LinearModel | null = null,
    private readonly dictionary: TagDictionary | null = null) {
    this.tags = tags;
    this.upos = tags.map((tag) => tag.split('|')[0]);
    this.xpos = tags.map((tag) => tag.split('|')[1]);
    this.scores = new Float32Array(model.classes);
    this.first = { tags: new Uint8Array(256), finite: finiteTags(tags), finiteCount: 0 };
    this.verbal = Uint8Array.from(tags, (tag) => (ARTICLE_EXCLUDES.has(tag.split('|')[1]) ? 1 : 0));
    this.articles = new Set(['the', 'The', 'a', 'A', 'an', 'An'].map((word) => hashText(word)));
    this.auxiliaries = new Set(AUXILIARIES.map((word) => hashFolded(word)));
    this.pastTense = tags.indexOf('VERB|VBD');
  }

  /** Tag ids of the words in `atoms`, into `out`. */
  tag(atoms: WordAtoms, out: Uint8Array | Uint16Array): void {
    if (!this.second) {
      this.pass(this.model, atoms, out, null);
    } else {
      if (this.first.tags.length < atoms.length) this.first.tags = new Uint8Array(atoms.length * 2);
      this.pass(this.model, atoms, this.first.tags, null);
      this.first.finiteCount = countFinite(this.first, atoms.length);
      this.pass(this.second, atoms, out, this.first);
    }
    this.finiteVerb(atoms, out);
  }

  /**
   * "Israeli jets struck Hamas positions.": a sentence has a finite verb, so when the tagger found
   * none, the first past participle with no auxiliary before it is a past tense.
   */
  private finiteVerb(atoms: WordAtoms, out: Uint8Array | Uint16Array): void {
    if (this.pastTense < 0) return;
    let participle = -1;
    for (let i = 0; i < atoms.length; i++) {
      if (this.first.finite[out[i]]) return;
      const auxiliary = i > 0 && this.auxiliaries.has(atoms.lower[i - 1]) || i > 1 && this.auxiliaries.has(atoms.lower[i - 2]);
      // "Venezuela accused by Colombia of …", a headline, keeps its participle: "by" marks a passive.
      const passive = i + 1 < atoms.length && atoms.lower[i + 1] === this.by;
      if (participle < 0 && i > 0 && this.xpos[out[i]] === 'VBN' && !auxiliary && !passive) participle = i;
    }
    if (participle >= 0) out[participle] = this.pastTense;
  }

  private pass(model: LinearModel, atoms: WordAtoms, out: Uint8Array | Uint16Array, first: FirstPass | null): void {
    let previous = NO_TAG;
    let beforePrevious = NO_TAG;
    for (let i = 0; i < atoms.length; i++) {
      let tag = this.dictionary ? this.dictionary.tagOf(atoms.cased[i]) : -1;
      if (tag < 0) {
        model.score(this.keys, taggerFeatures(atoms, i, previous, beforePrevious, this.keys, first), this.scores);
        // "the call — held on November 21": after an article comes no verb, whatever the dash after it suggests.
        if (i > 0 && this.articles.has(atoms.cased[i - 1])) for (let c = 0; c < model.classes; c++) if (this.verbal[c]) this.scores[c] = -Infinity;
        tag = argmax(this.scores, model.classes);
      }
      out[i] = tag;
      beforePrevious = previous;
      previous = tag;
    }
  }
}

const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const ARTICLE_EXCLUDES = new Set(['VB', 'VBD', 'VBZ', 'VBP', 'MD']);
const AUXILIARIES = ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'have', 'has', 'had', "'ve", 'get', 'got', 'gets', 'getting'];

/** 1 for each tag id whose Penn tag is a finite verb. */
export function finiteTags(tags: readonly string[]): Uint8Array {
  return Uint8Array.from(tags, (tag) => (FINITE.has(tag.split('|')[1]) ? 1 : 0));
}

export function countFinite(first: FirstPass, length: number): number {
  let count = 0;
  for (let i = 0; i < length; i++) count += first.finite[first.tags[i]];
  return count;
}
