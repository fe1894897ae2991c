import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePolnear, type AttributionPredictor } from './evaluate.js';
import { formatPolnearReport } from './format.js';

let root: string;
const TEXT = 'The Post reports that the call took place. Sessions met Maduro, a source said.';
const GOLD = [
  'T1\tSource 0 8\tThe Post',
  'T2\tCue 9 16\treports',
  'T3\tContent 17 41\tthat the call took place',
  'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
  'T4\tContent 43 62\tSessions met Maduro',
  'T5\tSource 64 72\ta source',
  'T6\tCue 73 77\tsaid',
  'E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5',
].join('\n');

/** A PolNeAR-shaped folder: data/dev/{text,attributions}, one article annotated twice. */
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'annalist-polnear-'));
  const dev = path.join(root, 'data', 'dev');
  mkdirSync(path.join(dev, 'text'), { recursive: true });
  mkdirSync(path.join(dev, 'attributions'), { recursive: true });
  writeFileSync(path.join(dev, 'text', 'wire_2016-10-01_call.txt'), TEXT);
  writeFileSync(path.join(dev, 'attributions', 'wire_2016-10-01_call_aaaa.ann'), GOLD);
  // A second annotator's file for the same article is not scored again.
  writeFileSync(path.join(dev, 'attributions', 'wire_2016-10-01_call_bbbb.ann'), '');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('evaluatePolnear', () => {
  it('scores each role with one-to-one overlap matching', async () => {
    // The first prediction overlaps gold; the second's cue and source miss; its content overlaps the second gold content.
    const predict: AttributionPredictor = () => [
      { cue: [[9, 13]], source: [[4, 8]], content: [[22, 30]] },
      { cue: [[43, 47]], source: null, content: [[50, 55]] },
    ];
    const report = await evaluatePolnear(root, 'dev', predict);
    expect(report).toMatchObject({ split: 'dev', articles: 1, goldAttributions: 2, predictedAttributions: 2 });
    expect(report.roles.cue).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(report.roles.source).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(report.roles.content).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(formatPolnearReport(report)).toMatch(/cue\s+0\.500\s+0\.500\s+0\.500\s+1\s+1\s+1/);
  });

  it('with the pipeline: finds both attributions of a plain article', async () => {
    const report = await evaluatePolnear(root, 'dev');
    expect(report.roles.cue).toMatchObject({ tp: 2, fn: 0 });
    expect(report.roles.source.tp).toBe(2);
  });

  it('says what is missing when the folder is not a PolNeAR corpus', async () => {
    await expect(evaluatePolnear(root, 'test')).rejects.toThrow(/not a PolNeAR corpus: no split 'test'/);
    await expect(evaluatePolnear(path.join(root, 'nowhere'))).rejects.toThrow(/nowhere: not a PolNeAR corpus: no such folder/);
  });
});
