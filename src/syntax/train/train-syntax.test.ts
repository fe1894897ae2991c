// Training on a slice proves the training code runs end to end; the suite never trains the
// full model (npm run train:syntax does, on ../shared/data).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SyntaxAnalyser } from '../analyser.js';
import { trainSyntax } from './train-syntax.js';
import type { TrainingConfig } from './training-config.js';

const testdata = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'testdata');

const config: TrainingConfig = {
  version: '0.0.0-test',
  seed: 3,
    // Three copies, so that each jackknife fold's tagger has seen the fold's sentences: tags as
  // good as the full tagger's, which six sentences could not give otherwise.
  treebanks: [{ name: 'tiny', train: ['tiny.conllu', 'tiny.conllu', 'tiny.conllu'], dev: ['tiny.conllu'], commit: 'none', license: 'written for this test' }],
  clusters: null,
  tagger: { epochs: 8, minCount: 1, minWeight: 0, pairMinCount: 1, folds: 3, dictionaryMinCount: 3, dictionaryMinShare: 0.99 },
  parser: { epochs: 12, minCount: 1, minWeight: 0, exploreAfter: 2, explore: 0.9 },
};

describe('trainSyntax on a small slice', () => {
  const run = () => trainSyntax({ config, dataDir: testdata, vectorsFile: null, log: () => {} });
  const first = run();

  it('learns the sentences it was trained on', () => {
    const score = first.dev.tiny;
    expect(score.words).toBe(43);
    expect(score.upos).toBeGreaterThan(0.9);
    expect(score.uas).toBeGreaterThan(0.9);
    const analyser = new SyntaxAnalyser(first.model);
    const words = 'Police arrested two men on Tuesday .'.split(' ');
    const { heads, labels } = analyser.analyse(words, 0, words.length);
    expect(heads[1]).toBe(-1);
    expect(heads[0]).toBe(1);
    expect(analyser.labels[labels[0]]).toBe('nsubj');
  });

  it('gives the same bytes from the same config and data', () => {
    expect(run().bytes.equals(first.bytes)).toBe(true);
  });
});
