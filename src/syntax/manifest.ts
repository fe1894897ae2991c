// What models/syntax/manifest.json says of the shipped model, and the check made on loading it.
import type { ParseScore } from './evaluate.js';

export const MODEL_FILE = 'model.bin';

export interface SyntaxManifest {
  name: string;
  version: string;
  file: string;
  bytes: number;
  sha256: string;
  seed: number;
  /** The training configuration, beside the manifest. */
  config: string;
  treebanks: { name: string; commit: string; license: string; train: string[]; dev: string[] }[];
  clusters: { package: string; version: string; license: string } | null;
  /** sha256 of the CoNLL-U files read, in order. */
  dataSha256: string;
  /** Epochs chosen on the dev sets: the tagger's two passes, the parser. */
  epochs: { tagger: [number, number]; parser: number };
  /** Scores of this model on each treebank's dev set (gold tokens). */
  dev: Record<string, ParseScore>;
  /** Set when trained on a slice of the data only. */
  slice?: number;
}
