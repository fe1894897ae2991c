// Loads the shipped syntax model once per process, after checking it against its manifest:
// a model that is missing, truncated or from another training run is refused with the fix.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AnnalistError } from '../errors.js';
import { repoRoot } from '../lexicon-path.js';
import type { SyntaxManifest } from './manifest.js';
import { readSyntaxModel, type SyntaxModelData } from './model-file.js';

export const DEFAULT_MODEL_DIR = path.join(repoRoot, 'models', 'syntax');

const loaded = new Map<string, SyntaxModelData>();

export function loadSyntaxModel(dir = DEFAULT_MODEL_DIR): SyntaxModelData {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const manifestFile = path.join(dir, 'manifest.json');
  const fix = 'restore it (git checkout models/syntax) or retrain it (npm run train:syntax)';
  let manifest: SyntaxManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as SyntaxManifest;
  } catch (error) {
    throw new AnnalistError('model', `cannot read the syntax model's manifest (${(error as Error).message}); ${fix}`, { input: manifestFile });
  }
  const file = path.join(dir, manifest.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new AnnalistError('model', `cannot read the syntax model (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); ${fix}`, { input: file });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length !== manifest.bytes || sha256 !== manifest.sha256) {
    throw new AnnalistError('model', `does not match its manifest (${bytes.length} bytes, sha256 ${sha256.slice(0, 12)}…; the manifest says ${manifest.bytes} bytes, ${manifest.sha256.slice(0, 12)}…); ${fix}`, { input: file });
  }
  let model: SyntaxModelData;
  try {
    model = readSyntaxModel(bytes, file);
  } catch (error) {
    throw new AnnalistError('model', `${(error as Error).message}; ${fix}`, { input: file, cause: error });
  }
  loaded.set(dir, model);
  return model;
}
