// Trains the tagger: features counted on the gold data, then epochs of greedy tagging with the
// perceptron's own previous tags as history (as it will tag), keeping the epoch that tags the
// development data best.
import { argmax, LinearModel } from '../linear-model.js';
import { Tagger } from '../tagger.js';
import { MAX_TAGGER_FEATURES, NO_TAG, taggerFeatures, type FirstPass } from '../tagger-features.js';
import { countFinite, finiteTags } from '../tagger.js';
import { WordAtoms } from '../word-atoms.js';
import type { WordClusters } from '../word-clusters.js';
import type { LinearModelData } from '../linear-model.js';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { FeatureCounter } from './feature-counter.js';
import { seededRandom, shuffle } from './random.js';

export interface TaggedSentence {
  words: string[];
  /** wink-nlp's tag of each word (wink-hints.ts). */
  hints: string[];
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

/**
 * `firstPass`: for a second-pass tagger, the first pass's tags of each training and dev sentence
 * (for training sentences, from taggers that did not see them).
 */
export function trainTagger(train: readonly TaggedSentence[], dev: readonly TaggedSentence[], tags: readonly string[], clusters: WordClusters | null,
  options: TaggerTraining, firstPass: { train: readonly Uint8Array[]; dev: readonly Uint8Array[] } | null = null): TrainedTagger {
  const atoms = new WordAtoms(clusters);
  const keys = new Uint32Array(MAX_TAGGER_FEATURES);
  const finite = finiteTags(tags);
  const first = (all: readonly Uint8Array[] | undefined, s: number): FirstPass | null => {
    if (!all) return null;
    const pass: FirstPass = { tags: all[s], finite, finiteCount: 0 };
    pass.finiteCount = countFinite(pass, all[s].length);
    return pass;
  };
  const counter = new FeatureCounter();
  train.forEach((sentence, s) => {
    atoms.fill(sentence.words, 0, sentence.words.length, undefined, sentence.hints);
    const pass = first(firstPass?.train, s);
    for (let i = 0; i < atoms.length; i++) {
      const n = taggerFeatures(atoms, i, i > 0 ? sentence.tags[i - 1] : NO_TAG, i > 1 ? sentence.tags[i - 2] : NO_TAG, keys, pass);
      counter.count(keys, n);
    }
  });
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
      atoms.fill(sentence.words, 0, sentence.words.length, undefined, sentence.hints);
      const pass = first(firstPass?.train, s);
      let previous = NO_TAG;
      let beforePrevious = NO_TAG;
      for (let i = 0; i < atoms.length; i++) {
        const n = taggerFeatures(atoms, i, previous, beforePrevious, keys, pass);
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
    const devAccuracy = dev.length === 0 ? null : firstPass
      ? passAccuracy(new LinearModel(model), dev, clusters, (s) => first(firstPass.dev, s))
      : taggingAccuracy(new Tagger(new LinearModel(model), tags), dev, clusters);
    options.log?.(`tagger epoch ${epoch}: train ${(correct / total).toFixed(4)}${devAccuracy === null ? '' : `, dev ${devAccuracy.toFixed(4)}`}, ${model.keys.length} features`);
    if (best.devAccuracy === null || devAccuracy === null || devAccuracy > best.devAccuracy) best = { model, epoch, devAccuracy };
  }
  return best;
}

/** Tag ids of each sentence's words. */
export function tagSentences(tagger: Tagger, sentences: readonly TaggedSentence[], clusters: WordClusters | null): Uint8Array[] {
  const atoms = new WordAtoms(clusters);
  return sentences.map((sentence) => {
    atoms.fill(sentence.words, 0, sentence.words.length, undefined, sentence.hints);
    const out = new Uint8Array(atoms.length);
    tagger.tag(atoms, out);
    return out;
  });
}

/** Share of words one pass of `model` tags right, given each sentence's first pass (if any). */
function passAccuracy(model: LinearModel, sentences: readonly TaggedSentence[], clusters: WordClusters | null, firstOf: (s: number) => FirstPass | null): number {
  const atoms = new WordAtoms(clusters);
  const keys = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float32Array(model.classes);
  let correct = 0;
  let total = 0;
  sentences.forEach((sentence, s) => {
    atoms.fill(sentence.words, 0, sentence.words.length, undefined, sentence.hints);
    const pass = firstOf(s);
    let previous = NO_TAG;
    let beforePrevious = NO_TAG;
    for (let i = 0; i < atoms.length; i++) {
      model.score(keys, taggerFeatures(atoms, i, previous, beforePrevious, keys, pass), scores);
      const tag = argmax(scores, model.classes);
      if (tag === sentence.tags[i]) correct++;
      total++;
      beforePrevious = previous;
      previous = tag;
    }
  });
  return correct / Math.max(1, total);
}

/** Share of words given their gold tag id. */
export function taggingAccuracy(tagger: Tagger, sentences: readonly TaggedSentence[], clusters: WordClusters | null): number {
  const atoms = new WordAtoms(clusters);
  let out = new Uint8Array(256);
  let correct = 0;
  let total = 0;
  for (const sentence of sentences) {
    atoms.fill(sentence.words, 0, sentence.words.length, undefined, sentence.hints);
    if (out.length < atoms.length) out = new Uint8Array(atoms.length * 2);
    tagger.tag(atoms, out);
    for (let i = 0; i < atoms.length; i++) {
      if (out[i] === sentence.tags[i]) correct++;
      total++;
    }
  }
  return correct / Math.max(1, total);
}
