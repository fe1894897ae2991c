// Tagging and parsing of one sentence at a time with the shipped model: words in, tags, heads
// and labels out, in buffers reused from sentence to sentence.
import { LinearModel } from './linear-model.js';
import type { SyntaxModelData } from './model-file.js';
import { Parser } from './parser.js';
import { SentenceAtomsBuffer } from './sentence-atoms.js';
import { Tagger } from './tagger.js';
import { TagDictionary } from './tag-dictionary.js';
import { WordAtoms } from './word-atoms.js';
import { WordClusters } from './word-clusters.js';

export interface Analysis {
  /** Words in the sentence; the arrays below are valid for indexes 0 … length-1. */
  length: number;
  /** Tag ids into `SyntaxAnalyser.upos` / `.xpos`. */
  tags: Uint8Array;
  /** Head of each word as an index into the sentence, -1 for the root. */
  heads: Int32Array;
  /** Label ids into `SyntaxAnalyser.labels`. */
  labels: Int32Array;
}

export class SyntaxAnalyser {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly labels: readonly string[];
  private readonly tagger: Tagger;
  private readonly parser: Parser;
  private readonly words: WordAtoms;
  private readonly atoms = new SentenceAtomsBuffer();
  private result: Analysis = { length: 0, tags: new Uint8Array(0), heads: new Int32Array(0), labels: new Int32Array(0) };

  constructor(model: SyntaxModelData) {
    this.tagger = new Tagger(new LinearModel(model.tagger), model.tags, model.secondTagger ? new LinearModel(model.secondTagger) : null,
      model.tagDictionary ? new TagDictionary(model.tagDictionary) : null);
    this.parser = new Parser(new LinearModel(model.moves), new LinearModel(model.labeler), model.labels);
    this.words = new WordAtoms(model.clusters ? new WordClusters(model.clusters) : null);
    this.upos = this.tagger.upos;
    this.xpos = this.tagger.xpos;
    this.labels = model.labels;
  }

  /**
   * Tags and parses words[start … end); `lower` gives their lower-case forms when the caller has
   * them, `hints` wink-nlp's tags of the same words (wink-hints.ts for words from elsewhere).
   */
  analyse(words: readonly string[], start: number, end: number, lower?: readonly string[], hints?: readonly string[]): Analysis {
    const n = end - start;
    this.reserve(n);
    const result = this.result;
    this.words.fill(words, start, end, lower, hints);
    this.tagger.tag(this.words, result.tags);
    this.atoms.fill(this.words, result.tags);
    this.parser.parse(this.atoms, n, result.heads, result.labels);
    for (let i = 0; i < n; i++) if (result.heads[i] === n) result.heads[i] = -1;
    result.length = n;
    return result;
  }

  private reserve(n: number): void {
    if (this.result.tags.length > n) return;
    const size = Math.max(n + 1, this.result.tags.length * 2, 128);
    this.result = { length: 0, tags: new Uint8Array(size), heads: new Int32Array(size), labels: new Int32Array(size) };
  }
}
