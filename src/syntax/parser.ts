// Greedy arc-hybrid parsing: at each state the transition model picks the best allowed move;
// an arc's label is chosen by the label model when its dependent leaves the stack.
import { argmax, type LinearModel } from './linear-model.js';
import { labelFeatures, MAX_LABEL_FEATURES } from './labeler-features.js';
import { ParseState } from './parse-state.js';
import { MAX_PARSER_FEATURES, parserFeatures, type SentenceAtoms } from './parser-features.js';
import { apply, headOf, isValid, Move, MOVES } from './transitions.js';

export class Parser {
  private state = new ParseState(256);
  private readonly keys = new Uint32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES));
  private readonly moveScores = new Float32Array(MOVES);
  private readonly labelScores: Float32Array;

  constructor(private readonly moves: LinearModel, private readonly labeler: LinearModel, readonly labels: readonly string[]) {
    this.labelScores = new Float32Array(labeler.classes);
  }

  /**
   * Parses words 0 … n-1 (atoms hold the root at index n): `heads[i]` is word i's head, n for
   * the root; `labels[i]` its label id.
   */
  parse(atoms: SentenceAtoms, n: number, heads: Int32Array, labels: Int32Array): void {
    if (n > this.state.capacity) this.state = new ParseState(n * 2);
    const state = this.state;
    state.reset(n);
    while (!state.done) {
      const count = parserFeatures(atoms, state, this.keys);
      this.moves.score(this.keys, count, this.moveScores);
      let move: Move = Move.Shift;
      let best = -Infinity;
      for (let m = 0; m < MOVES; m++) {
        if (isValid(m as Move, state) && this.moveScores[m] > best) {
          best = this.moveScores[m];
          move = m as Move;
        }
      }
      apply(move, state, move === Move.Shift ? -1 : this.label(atoms, state, headOf(move, state), state.s(0)));
    }
    for (let i = 0; i < n; i++) {
      heads[i] = state.head[i];
      labels[i] = state.label[i];
    }
  }

  private label(atoms: SentenceAtoms, state: ParseState, head: number, dependent: number): number {
    const count = labelFeatures(atoms, state, head, dependent, this.keys);
    this.labeler.score(this.keys, count, this.labelScores);
    return argmax(this.labelScores, this.labeler.classes);
  }
}
