// Trains the parser: an averaged perceptron over moves with a dynamic oracle (Goldberg and
// Nivre 2012): at each state every move that loses no more gold arcs than the best one is
// right; after the first epochs the parser follows its own mistakes with probability
// `explore`, so it learns to go on well from states the gold path never reaches. The label
// perceptron learns on the arcs that are right.
import { LinearModel, type LinearModelData } from '../linear-model.js';
import { labelFeatures, MAX_LABEL_FEATURES } from '../labeler-features.js';
import { ParseState } from '../parse-state.js';
import { Parser } from '../parser.js';
import { MAX_PARSER_FEATURES, parserFeatures, type SentenceAtoms } from '../parser-features.js';
import { apply, cost, headOf, isValid, Move, MOVES } from '../transitions.js';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { FeatureCounter } from './feature-counter.js';
import { seededRandom, shuffle } from './random.js';

export interface ParseExample {
  atoms: SentenceAtoms;
  n: number;
  /** Gold heads, projective, n for the root. */
  heads: Int32Array;
  labels: Int32Array;
}

export interface ParserTraining {
  epochs: number;
  seed: number;
  minCount: number;
  minWeight: number;
  /** Epochs on the gold path before exploring. */
  exploreAfter: number;
  /** Chance of following the parser's own move when it is wrong. */
  explore: number;
  log?: (line: string) => void;
}

export interface TrainedParser {
  moves: LinearModelData;
  labeler: LinearModelData;
  epoch: number;
  dev: ParseScores | null;
}

export interface ParseScores {
  uas: number;
  las: number;
  /** Labels compared without subtypes (nsubj:pass as nsubj), as the CoNLL 2018 shared task scored. */
  lasUniversal: number;
}

class Example {
  readonly goldChildren: number[][];
  readonly inStack: Uint8Array;
  constructor(readonly source: ParseExample) {
    this.goldChildren = Array.from({ length: source.n + 1 }, () => [] as number[]);
    for (let i = 0; i < source.n; i++) this.goldChildren[source.heads[i]].push(i);
    this.inStack = new Uint8Array(source.n + 1);
  }
}

export function trainParser(train: readonly ParseExample[], dev: readonly ParseExample[], labels: readonly string[], options: ParserTraining): TrainedParser {
  const examples = train.map((example) => new Example(example));
  const capacity = Math.max(...train.map((e) => e.n), ...dev.map((e) => e.n)) + 1;
  const state = new ParseState(capacity);
  const keys = new Uint32Array(MAX_PARSER_FEATURES);
  const labelKeys = new Uint32Array(MAX_LABEL_FEATURES);

  // Features of the states on the gold path, and of the gold arcs' labels.
  const moveCounter = new FeatureCounter();
  const labelCounter = new FeatureCounter();
  for (const example of examples) {
    walk(example, state, () => {
      moveCounter.count(keys, parserFeatures(example.source.atoms, state, keys));
      return goldMove(example, state);
    }, (head, dependent) => {
      labelCounter.count(labelKeys, labelFeatures(example.source.atoms, state, head, dependent, labelKeys));
      return example.source.labels[dependent];
    });
  }
  const moves = new AveragedPerceptron(moveCounter.frequent(options.minCount), MOVES);
  const labeler = new AveragedPerceptron(labelCounter.frequent(options.minCount), labels.length);

  const rows = new Int32Array(MAX_PARSER_FEATURES);
  const labelRows = new Int32Array(MAX_LABEL_FEATURES);
  const moveScores = new Float64Array(MOVES);
  const labelScores = new Float64Array(labels.length);
  const costs = new Int32Array(MOVES);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  let best: TrainedParser | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const e of shuffle(order, random)) {
      const example = examples[e];
      const atoms = example.source.atoms;
      walk(example, state, () => {
        const count = parserFeatures(atoms, state, keys);
        moves.rowsOf(keys, count, rows);
        moves.score(rows, count, moveScores);
        let guess = -1;
        let gold = -1;
        let least = Infinity;
        for (let m = 0; m < MOVES; m++) {
          if (!isValid(m as Move, state)) continue;
          costs[m] = cost(m as Move, state, example.source.heads, example.goldChildren, example.inStack);
          if (costs[m] < least) least = costs[m];
          if (guess < 0 || moveScores[m] > moveScores[guess]) guess = m;
        }
        for (let m = 0; m < MOVES; m++) {
          if (isValid(m as Move, state) && costs[m] === least && (gold < 0 || moveScores[m] > moveScores[gold])) gold = m;
        }
        moves.tick();
        total++;
        if (costs[guess] === least) {
          right++;
          return guess as Move;
        }
        moves.update(rows, count, gold, guess);
        return (epoch > options.exploreAfter && random() < options.explore ? guess : gold) as Move;
      }, (head, dependent) => {
        const count = labelFeatures(atoms, state, head, dependent, labelKeys);
        labeler.rowsOf(labelKeys, count, labelRows);
        labeler.score(labelRows, count, labelScores);
        let guess = 0;
        for (let c = 1; c < labels.length; c++) if (labelScores[c] > labelScores[guess]) guess = c;
        if (example.source.heads[dependent] === head) {
          labeler.tick();
          labeler.update(labelRows, count, example.source.labels[dependent], guess);
        }
        return guess;
      });
    }
    const trained: TrainedParser = { moves: moves.averaged(options.minWeight), labeler: labeler.averaged(options.minWeight), epoch, dev: null };
    if (dev.length > 0) trained.dev = parseScores(new Parser(new LinearModel(trained.moves), new LinearModel(trained.labeler), labels), dev, labels);
    options.log?.(`parser epoch ${epoch}: moves right ${(right / total).toFixed(4)}` + (trained.dev ? `, dev UAS ${trained.dev.uas.toFixed(4)} LAS ${trained.dev.las.toFixed(4)}` : '')
      + `, ${trained.moves.keys.length} move and ${trained.labeler.keys.length} label features`);
    if (!best || !best.dev || trained.dev && trained.dev.las > best.dev.las) best = trained;
  }
  return best!;
}

/** Runs one parse of `example`, asking `choose` for each move and `label` for each arc's label. */
function walk(example: Example, state: ParseState, choose: () => Move, label: (head: number, dependent: number) => number): void {
  state.reset(example.source.n);
  example.inStack.fill(0);
  while (!state.done) {
    const move = choose();
    if (move === Move.Shift) {
      example.inStack[state.front] = 1;
      apply(move, state, -1);
    } else {
      const dependent = state.s(0);
      const head = headOf(move, state);
      const chosen = label(head, dependent);
      example.inStack[dependent] = 0;
      apply(move, state, chosen);
    }
  }
}

/** The first allowed move that loses the fewest gold arcs. */
function goldMove(example: Example, state: ParseState): Move {
  let best: Move = Move.Shift;
  let least = Infinity;
  for (let m = 0; m < MOVES; m++) {
    if (!isValid(m as Move, state)) continue;
    const lost = cost(m as Move, state, example.source.heads, example.goldChildren, example.inStack);
    if (lost < least) {
      least = lost;
      best = m as Move;
    }
  }
  return best;
}

export function parseScores(parser: Parser, examples: readonly ParseExample[], labels: readonly string[]): ParseScores {
  const capacity = Math.max(1, ...examples.map((e) => e.n));
  const heads = new Int32Array(capacity);
  const predicted = new Int32Array(capacity);
  const universal = labels.map((label) => label.split(':')[0]);
  let total = 0, attached = 0, labelled = 0, labelledUniversal = 0;
  for (const example of examples) {
    parser.parse(example.atoms, example.n, heads, predicted);
    for (let i = 0; i < example.n; i++) {
      total++;
      if (heads[i] !== example.heads[i]) continue;
      attached++;
      if (predicted[i] === example.labels[i]) labelled++;
      if (universal[predicted[i]] === universal[example.labels[i]]) labelledUniversal++;
    }
  }
  return { uas: attached / total, las: labelled / total, lasUniversal: labelledUniversal / total };
}
