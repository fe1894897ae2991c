import { describe, expect, it } from 'vitest';
import { readSyntaxModel, writeSyntaxModel, type SyntaxModelData } from './model-file.js';

const linear = (classes: number) => ({
  classes,
  keys: Uint32Array.from([5, 9]),
  offsets: Uint32Array.from([0, 1, 3]),
  entryClass: Uint8Array.from([0, 1, classes - 1]),
  entryWeight: Float32Array.from([0.25, -3, 1]),
});

const model: SyntaxModelData = {
  tags: ['NOUN|NN', 'VERB|VBD'],
  labels: ['nsubj', 'obj', 'root'],
  tagger: linear(2),
  secondTagger: linear(2),
  moves: linear(3),
  labeler: linear(3),
  tagDictionary: { words: Uint32Array.from([12]), tags: Uint8Array.from([1]) },
  clusters: { words: Uint32Array.from([77]), coarse: Uint16Array.from([1]), fine: Uint16Array.from([33]) },
};

describe('the syntax model file', () => {
  it('reads back what it wrote, weights within 16-bit rounding', () => {
    const back = readSyntaxModel(writeSyntaxModel(model), 'test');
    expect(back.tags).toEqual(model.tags);
    expect(back.labels).toEqual(model.labels);
    expect([...back.moves.keys]).toEqual([5, 9]);
    expect([...back.moves.entryClass]).toEqual([0, 1, 2]);
    back.moves.entryWeight.forEach((weight, i) => expect(weight).toBeCloseTo(model.moves.entryWeight[i], 3));
    expect([...back.clusters!.fine]).toEqual([33]);
  });

  it('refuses a file that is not a model', () => {
    expect(() => readSyntaxModel(Buffer.from('hello world'), 'notes.txt')).toThrow('notes.txt is not an annalist syntax model');
  });
});
