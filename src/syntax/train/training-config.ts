// The one file that says how the shipped syntax model was trained (models/syntax/train-config.json):
// data, seed and every hyper-parameter, validated so a typo fails before hours of training.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const source = z.object({
  name: z.string(),
  /** Files or folders of CoNLL-U under the data folder. */
  train: z.array(z.string()).min(1),
  dev: z.array(z.string()).min(1),
  commit: z.string(),
  license: z.string(),
});

export const trainingConfigSchema = z.object({
  version: z.string(),
  seed: z.number().int(),
  treebanks: z.array(source).min(1),
  clusters: z.object({
    package: z.string(),
    version: z.string(),
    license: z.string(),
    vocabulary: z.number().int().positive(),
    coarse: z.number().int().min(2).max(256),
    fine: z.number().int().min(1).max(256),
    iterations: z.number().int().positive(),
  }).nullable(),
  tagger: z.object({
    epochs: z.number().int().positive(),
    minCount: z.number().int().positive(),
    minWeight: z.number().nonnegative(),
    /** Tag pairs seen fewer times fold into their universal tag's commonest pair. */
    pairMinCount: z.number().int().positive(),
    /** The parser trains on tags from taggers that did not see the sentence (jackknifing). */
    folds: z.number().int().min(2),
    /** A word seen this often, with one tag this large a share of the time, gets that tag unscored. */
    dictionaryMinCount: z.number().int().positive(),
    dictionaryMinShare: z.number().min(0.5).max(1),
  }),
  parser: z.object({
    epochs: z.number().int().positive(),
    minCount: z.number().int().positive(),
    minWeight: z.number().nonnegative(),
    exploreAfter: z.number().int().nonnegative(),
    explore: z.number().min(0).max(1),
  }),
});

export type TrainingConfig = z.infer<typeof trainingConfigSchema>;

export function readTrainingConfig(file: string): TrainingConfig {
  const parsed = trainingConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: field '${issue.path.join('.')}': ${issue.message}`);
  }
  return parsed.data;
}
