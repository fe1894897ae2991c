import { describe, expect, it } from 'vitest';
import { LinearModel, type LinearModelData } from './linear-model.js';

function model(classes: number): LinearModelData {
  // Feature 11: classes 0 and 2; feature 22: the last class only.
  return {
    classes,
    keys: Uint32Array.from([11, 22]),
    offsets: Uint32Array.from([0, 2, 3]),
    entryClass: Uint8Array.from([0, 2, classes - 1]),
    entryWeight: Float32Array.from([1.5, -2, 4]),
  };
}

describe('LinearModel', () => {
  for (const classes of [3, 40]) {
    it(`adds each known feature's weights (${classes} classes)`, () => {
      const linear = new LinearModel(model(classes));
      const scores = new Float32Array(classes);
      linear.score(Uint32Array.from([11, 22, 33]), 3, scores);
      expect(scores[0]).toBeCloseTo(1.5, 3);
      expect(scores[2]).toBeCloseTo(classes === 3 ? 2 : -2, 3);
      expect(scores[classes - 1]).toBeCloseTo(classes === 3 ? 2 : 4, 3);
    });
  }
});
