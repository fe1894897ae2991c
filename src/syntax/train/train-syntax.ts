// The whole training run behind models/syntax: word clusters from vectors, the tagger's two
// passes (each epoch chosen on the dev sets, each jackknifed for what trains on its tags), the
// parser (epoch chosen on the dev sets), and the scores of the shipped, quantised model on each
// dev set.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SyntaxAnalyser } from '../analyser.js';
import { parseConllu, type ConlluSentence } from '../conllu.js';
import { scoreParses, type ParseScore } from '../evaluate.js';
import { LinearModel } from '../linear-model.js';
import { readSyntaxModel, writeSyntaxModel, type SyntaxModelData } from '../model-file.js';
import { SentenceAtomsBuffer } from '../sentence-atoms.js';
import { projectivize } from '../projectivize.js';
import { Tagger } from '../tagger.js';
import { WordAtoms } from '../word-atoms.js';
import { WordClusters, type WordClusterData } from '../word-clusters.js';
import { clusterWords, readVectors } from './cluster-words.js';
import { winkHints } from '../wink-hints.js';
import { buildTagSet } from './tag-set.js';
import { buildTagDictionary } from './build-tag-dictionary.js';
import { TagDictionary } from '../tag-dictionary.js';
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
  /** Epochs chosen for the first and second tagging passes. */
  taggerEpochs: [number, number];
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
    hints: winkHints(s.tokens.map((t) => t.form), s.tokens.map((t) => t.noSpaceAfter)),
    tags: Uint8Array.from(s.tokens.map((t) => tagSet.classOf(t.upos, t.xpos))),
  }));
  const trainTagged = tagged(train);
  const devTagged = tagged(dev);
  const dictionaryData = buildTagDictionary(trainTagged, config.tagger.dictionaryMinCount, config.tagger.dictionaryMinShare);
  const dictionary = new TagDictionary(dictionaryData);
  log(`tag dictionary: ${dictionaryData.words.length} words`);
  const taggerOptions = { ...config.tagger, seed: config.seed, log };
  const folds = config.tagger.folds;
  const foldRange = (fold: number) => [Math.floor(train.length * fold / folds), Math.floor(train.length * (fold + 1) / folds)] as const;
  const without = <T>(items: readonly T[], fold: number) => {
    const [from, to] = foldRange(fold);
    return [...items.slice(0, from), ...items.slice(to)];
  };

  // First pass, then its tags of every training sentence from taggers that did not see it (jackknifing).
  const first = trainTagger(trainTagged, devTagged, tagSet.tags, clusters, taggerOptions);
  log(`tagger, first pass: epoch ${first.epoch}, dev tag accuracy ${first.devAccuracy?.toFixed(4)}`);
  const firstByFold: Tagger[] = [];
  const firstTags: Uint8Array[] = new Array(train.length);
  for (let fold = 0; fold < folds; fold++) {
    const [from, to] = foldRange(fold);
    const model = trainTagger(without(trainTagged, fold), [], tagSet.tags, clusters, { ...taggerOptions, epochs: first.epoch, log: undefined }).model;
    firstByFold.push(new Tagger(new LinearModel(model), tagSet.tags, null, dictionary));
    tagSentences(firstByFold[fold], trainTagged.slice(from, to), clusters).forEach((tags, i) => (firstTags[from + i] = tags));
    log(`first pass, jackknife fold ${fold + 1} of ${folds} tagged`);
  }
  const devFirstTags = tagSentences(new Tagger(new LinearModel(first.model), tagSet.tags, null, dictionary), devTagged, clusters);

  // Second pass over the first's tags; the parser trains on its jackknifed tags, so that it learns
  // from tags as wrong as it will see them.
  const second = trainTagger(trainTagged, devTagged, tagSet.tags, clusters, taggerOptions, { train: firstTags, dev: devFirstTags });
  log(`tagger, second pass: epoch ${second.epoch}, dev tag accuracy ${second.devAccuracy?.toFixed(4)}`);
  const trainTags: Uint8Array[] = new Array(train.length);
  for (let fold = 0; fold < folds; fold++) {
    const [from, to] = foldRange(fold);
    const model = trainTagger(without(trainTagged, fold), [], tagSet.tags, clusters, { ...taggerOptions, epochs: second.epoch, log: undefined },
      { train: without(firstTags, fold), dev: [] }).model;
    const foldTagger = new Tagger(firstByFold[fold].model, tagSet.tags, new LinearModel(model), dictionary);
    tagSentences(foldTagger, trainTagged.slice(from, to), clusters).forEach((tags, i) => (trainTags[from + i] = tags));
    log(`second pass, jackknife fold ${fold + 1} of ${folds} tagged`);
  }
  const devTags = tagSentences(new Tagger(new LinearModel(first.model), tagSet.tags, new LinearModel(second.model), dictionary), devTagged, clusters);

  const labelIds = new Map(labels.map((label, i) => [label, i]));
  const words = new WordAtoms(clusters);
  const atoms = new SentenceAtomsBuffer();
  const example = (sentence: ConlluSentence, tags: Uint8Array, projective: boolean): ParseExample => {
    const n = sentence.tokens.length;
    words.fill(sentence.tokens.map((t) => t.form), 0, n);
    atoms.fill(words, tags);
    const heads = Int32Array.from(sentence.tokens.map((t) => (t.head === 0 ? n : t.head - 1)));
    return {
      atoms: atoms.snapshot(n),
      n,
      heads: projective ? projectivize(heads) : heads,
      labels: Int32Array.from(sentence.tokens.map((t) => labelIds.get(t.deprel) ?? 0)),
    };
  };
  const parser = trainParser(train.map((s, i) => example(s, trainTags[i], true)), dev.map((s, i) => example(s, devTags[i], false)), labels,
    { ...config.parser, seed: config.seed, log });
  log(`parser: epoch ${parser.epoch}`);

  const bytes = writeSyntaxModel({ tags: tagSet.tags, labels, tagger: first.model, secondTagger: second.model, moves: parser.moves, labeler: parser.labeler, clusters: clusterData, tagDictionary: dictionaryData });
  // Scores of the model as it ships: read back from its bytes, weights quantised.
  const model = readSyntaxModel(bytes, 'the trained model');
  const analyser = new SyntaxAnalyser(model);
  const scores: Record<string, ParseScore> = {};
  for (const [name, sentences] of Object.entries(devSets)) scores[name] = scoreParses(analyser, sentences);
  return { bytes, model, dataDigest: digest.digest('hex'), taggerEpochs: [first.epoch, second.epoch], parserEpoch: parser.epoch, dev: scores };
}

/** A CoNLL-U file, or the .conllu files of a folder in name order. */
export function conlluFiles(location: string): string[] {
  if (!statSync(location).isDirectory()) return [location];
  return readdirSync(location).filter((name) => name.endsWith('.conllu')).sort().map((name) => path.join(location, name));
}
