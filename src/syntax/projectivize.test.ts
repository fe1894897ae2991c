import { describe, expect, it } from 'vitest';
import { projectivize } from './projectivize.js';

describe('projectivize', () => {
  it('leaves a projective tree alone', () => {
    // "Police arrested two men": the root (index 4) heads "arrested".
    const heads = Int32Array.from([1, 4, 3, 1]);
    expect([...projectivize(heads)]).toEqual([1, 4, 3, 1]);
  });

  it('lifts a crossing arc to the head of its head', () => {
    // Word 3 depends on word 0 across word 1, whose head is the root: not buildable by arc-hybrid.
    const heads = Int32Array.from([1, 4, 1, 0]);
    expect([...projectivize(heads)]).toEqual([1, 4, 1, 1]);
  });
});
