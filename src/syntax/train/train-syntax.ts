// The whole training run behind models/syntax: word clusters from vectors, the tagger (epoch
// chosen on the dev sets), jackknifed tags for the parser's training data (so it learns from
// tags as wrong as it will see them), the parser (epoch chosen on the dev sets), and the scores
// of the shipped, quantised model on each dev set.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SyntaxAnalyser } from '../analyser.js';
import { parseConllu, type ConlluSentence } from '../conllu.js';
import { scoreParses, type ParseScore } from '../evaluate.js';
import { LinearModel } from '../linear-model.js';
import { readSyntaxModel, writeSyntaxModel, type SyntaxModelData } from '../model-file.js';
import { ROOT_TAG, ROOT_WORD } from '../parser-features.js';
import { projectivize } from '../projectivize.js';
import { Tagger } from '../tagger.js';
import { WordAtoms } from '../word-atoms.js';
import { WordClusters, type WordClusterData } from '../word-clusters.js';
import { clusterWords, readVectors } from './cluster-words.js';
import { buildTagSet } from './tag-set.js';
import { tagSentences, trainTagger, type TaggedSentence } from './train-tagger.js';
import { trainParser, type ParseExample } from './train-parser.js';
import type { TrainingConfig } from './training-config.js';

export interface TrainingRun {
  config: TrainingConfig;
  /** The folder the treebank paths are relative to. */
  dataDir: string;
  /** Word vectors JSON; required when the config asks for clusters. */
  vectorsFile: string | null;
  /** Use only the first N training sentences of each treebank (for tests). */
  slice?: number;
  log: (line: string) => void;
}

export interface TrainingResult {
  bytes: Buffer;
  model: SyntaxModelData;
  /** sha256 of the training and dev files read, in order. */
  dataDigest: string;
  taggerEpoch: number;
  parserEpoch: number;
  /** Scores of the shipped model on each treebank's dev set. */
  dev: Record<string, ParseScore>;
}

export function trainSyntax(run: TrainingRun): TrainingResult {
  const { config, log } = run;
  const digest = createHash('sha256');
  const readSplit = (paths: string[]) => paths.flatMap((p) => conlluFiles(path.join(run.dataDir, p))).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    digest.update(text);
    return parseConllu(text, file);
  });
  const train: ConlluSentence[] = [];
  const devSets: Record<string, ConlluSentence[]> = {};
  for (const treebank of config.treebanks) {
    const sentences = readSplit(treebank.train);
    train.push(...(run.slice ? sentences.slice(0, run.slice) : sentences));
    devSets[treebank.name] = readSplit(treebank.dev);
  }
  const dev = Object.values(devSets).flat();
  log(`${train.length} training sentences, ${dev.length} dev sentences`);

  let clusterData: WordClusterData | null = null;
  if (config.clusters) {
    if (!run.vectorsFile) throw new Error('the config asks for word clusters and no vectors file was given');
    clusterData = clusterWords(readVectors(run.vectorsFile, config.clusters.vocabulary), { ...config.clusters, seed: config.seed });
    log(`${clusterData.words.length} words clustered`);
  }
  const clusters = clusterData ? new WordClusters(clusterData) : null;

  const tagSet = buildTagSet(train, config.tagger.pairMinCount);
  const labels = [...new Set(train.flatMap((s) => s.tokens.map((t) => t.deprel)))].sort();
  const tagged = (sentences: readonly ConlluSentence[]): TaggedSentence[] => sentences.map((s) => ({
    words: s.tokens.map((t) => t.form),
    tags: Uint8Array.from(s.tokens.map((t) => tagSet.classOf(t.upos, t.xpos))),
  }));
  const trainTagged = tagged(train);
  const devTagged = tagged(dev);
  const taggerOptions = { ...config.tagger, seed: config.seed, log };
  const tagger = trainTagger(trainTagged, devTagged, tagSet.tags, clusters, taggerOptions);
  log(`tagger: epoch ${tagger.epoch}, dev tag accuracy ${tagger.devAccuracy?.toFixed(4)}`);

  // Jackknifing: each fold tagged by a tagger trained on the other folds, for the epochs chosen above.
  const trainTags: Uint8Array[] = new Array(train.length);
  const folds = config.tagger.folds;
  for (let fold = 0; fold < folds; fold++) {
    const from = Math.floor(train.length * fold / folds);
    const to = Math.floor(train.length * (fold + 1) / folds);
    const rest = [...trainTagged.slice(0, from), ...trainTagged.slice(to)];
    const foldTagger = trainTagger(rest, [], tagSet.tags, clusters, { ...taggerOptions, epochs: tagger.epoch, log: undefined });
    const predicted = tagSentences(new Tagger(new LinearModel(foldTagger.model), tagSet.tags), trainTagged.slice(from, to), clusters);
    predicted.forEach((tags, i) => (trainTags[from + i] = tags));
    log(`jackknife fold ${fold + 1} of ${folds} tagged`);
  }
  const devTags = tagSentences(new Tagger(new LinearModel(tagger.model), tagSet.tags), devTagged, clusters);

  const labelIds = new Map(labels.map((label, i) => [label, i]));
  const atoms = new WordAtoms(clusters);
  const example = (sentence: ConlluSentence, tags: Uint8Array, projective: boolean): ParseExample => {
    const n = sentence.tokens.length;
    atoms.fill(sentence.tokens.map((t) => t.form), 0, n);
    const word = new Uint32Array(n + 1);
    word.set(atoms.lower.subarray(0, n));
    word[n] = ROOT_WORD;
    const tag = new Uint16Array(n + 1);
    tag.set(tags);
    tag[n] = ROOT_TAG;
    const cluster = new Uint16Array(n + 1);
    cluster.set(atoms.fine.subarray(0, n));
    const heads = Int32Array.from(sentence.tokens.map((t) => (t.head === 0 ? n : t.head - 1)));
    return {
      atoms: { word, tag, cluster },
      n,
      heads: projective ? projectivize(heads) : heads,
      labels: Int32Array.from(sentence.tokens.map((t) => labelIds.get(t.deprel) ?? 0)),
    };
  };
  const parser = trainParser(train.map((s, i) => example(s, trainTags[i], true)), dev.map((s, i) => example(s, devTags[i], false)), labels,
    { ...config.parser, seed: config.seed, log });
  log(`parser: epoch ${parser.epoch}`);

  const bytes = writeSyntaxModel({ tags: tagSet.tags, labels, tagger: tagger.model, moves: parser.moves, labeler: parser.labeler, clusters: clusterData });
  // Scores of the model as it ships: read back from its bytes, weights quantised.
  const model = readSyntaxModel(bytes, 'the trained model');
  const analyser = new SyntaxAnalyser(model);
  const scores: Record<string, ParseScore> = {};
  for (const [name, sentences] of Object.entries(devSets)) scores[name] = scoreParses(analyser, sentences);
  return { bytes, model, dataDigest: digest.digest('hex'), taggerEpoch: tagger.epoch, parserEpoch: parser.epoch, dev: scores };
}

/** A CoNLL-U file, or the .conllu files of a folder in name order. */
export function conlluFiles(location: string): string[] {
  if (!statSync(location).isDirectory()) return [location];
  return readdirSync(location).filter((name) => name.endsWith('.conllu')).sort().map((name) => path.join(location, name));
}
