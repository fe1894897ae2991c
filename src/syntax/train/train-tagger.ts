// Trains the tagger: features counted on the gold data, then epochs of greedy tagging with the
// perceptron's own previous tags as history (as it will tag), keeping the epoch that tags the
// development data best.
import { LinearModel } from '../linear-model.js';
import { Tagger } from '../tagger.js';
import { MAX_TAGGER_FEATURES, NO_TAG, taggerFeatures } from '../tagger-features.js';
import { WordAtoms } from '../word-atoms.js';
import type { WordClusters } from '../word-clusters.js';
import type { LinearModelData } from '../linear-model.js';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { FeatureCounter } from './feature-counter.js';
import { seededRandom, shuffle } from './random.js';

export interface TaggedSentence {
  words: string[];
  /** Gold tag ids. */
  tags: Uint8Array;
}

export interface TaggerTraining {
  epochs: number;
  seed: number;
  minCount: number;
  /** Averaged weights smaller than this are dropped from the shipped model. */
  minWeight: number;
  log?: (line: string) => void;
}

export interface TrainedTagger {
  model: LinearModelData;
  epoch: number;
  /** Tag accuracy on the development data at that epoch (null without development data). */
  devAccuracy: number | null;
}

export function trainTagger(train: readonly TaggedSentence[], dev: readonly TaggedSentence[], tags: readonly string[], clusters: WordClusters | null,
  options: TaggerTraining): TrainedTagger {
  const atoms = new WordAtoms(clusters);
  const keys = new Uint32Array(MAX_TAGGER_FEATURES);
  const counter = new FeatureCounter();
  for (const sentence of train) {
    atoms.fill(sentence.words, 0, sentence.words.length);
    for (let i = 0; i < atoms.length; i++) {
      const n = taggerFeatures(atoms, i, i > 0 ? sentence.tags[i - 1] : NO_TAG, i > 1 ? sentence.tags[i - 2] : NO_TAG, keys);
      counter.count(keys, n);
    }
  }
  const perceptron = new AveragedPerceptron(counter.frequent(options.minCount), tags.length);
  const rows = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(tags.length);
  const random = seededRandom(options.seed);
  const order = train.map((_, i) => i);
  let best: TrainedTagger = { model: perceptron.averaged(options.minWeight), epoch: 0, devAccuracy: null };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of shuffle(order, random)) {
      const sentence = train[s];
      atoms.fill(sentence.words, 0, sentence.words.length);
      let previous = NO_TAG;
      let beforePrevious = NO_TAG;
      for (let i = 0; i < atoms.length; i++) {
        const n = taggerFeatures(atoms, i, previous, beforePrevious, keys);
        perceptron.rowsOf(keys, n, rows);
        perceptron.score(rows, n, scores);
        let guess = 0;
        for (let c = 1; c < tags.length; c++) if (scores[c] > scores[guess]) guess = c;
        perceptron.update(rows, n, sentence.tags[i], guess);
        perceptron.tick();
        if (guess === sentence.tags[i]) correct++;
        total++;
        beforePrevious = previous;
        previous = guess;
      }
    }
    const model = perceptron.averaged(options.minWeight);
    const devAccuracy = dev.length > 0 ? taggingAccuracy(new Tagger(new LinearModel(model), tags), dev, clusters) : null;
    options.log?.(`tagger epoch ${epoch}: train ${(correct / total).toFixed(4)}${devAccuracy === null ? '' : `, dev ${devAccuracy.toFixed(4)}`}, ${model.keys.length} features`);
    if (best.devAccuracy === null || devAccuracy === null || devAccuracy > best.devAccuracy) best = { model, epoch, devAccuracy };
  }
  return best;
}

/** Tag ids of each sentence's words. */
export function tagSentences(tagger: Tagger, sentences: readonly TaggedSentence[], clusters: WordClusters | null): Uint8Array[] {
  const atoms = new WordAtoms(clusters);
  return sentences.map((sentence) => {
    atoms.fill(sentence.words, 0, sentence.words.length);
    const out = new Uint8Array(atoms.length);
    tagger.tag(atoms, out);
    return out;
  });
}

/** Share of words given their gold tag id. */
export function taggingAccuracy(tagger: Tagger, sentences: readonly TaggedSentence[], clusters: WordClusters | null): number {
  const atoms = new WordAtoms(clusters);
  let out = new Uint8Array(256);
  let correct = 0;
  let total = 0;
  for (const sentence of sentences) {
    atoms.fill(sentence.words, 0, sentence.words.length);
    if (out.length < atoms.length) out = new Uint8Array(atoms.length * 2);
    tagger.tag(atoms, out);
    for (let i = 0; i < atoms.length; i++) {
      if (out[i] === sentence.tags[i]) correct++;
      total++;
    }
  }
  return correct / Math.max(1, total);
}
