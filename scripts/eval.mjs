#!/usr/bin/env node
// npm run eval -- [data dir] [gold file]: the public benchmarks behind the language core, in one
// run: TempEval-3 (TBAQ-cleaned) for time expressions, PolNeAR dev for attribution, the seeds'
// gold events, the PLOVER gold standard's event types and ECB+ event coreference. The data sets are not part of the repository; each missing one is named and skipped.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dataDir = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'data'));
const goldFile = path.resolve(process.argv[3] ?? path.join(dataDir, '..', 'gold', 'seeds.gold.jsonl'));

const benchmarks = [
  { title: 'Time expressions: TempEval-3 TBAQ-cleaned', input: path.join(dataDir, 'tempeval3', 'TBAQ-cleaned'), args: (input) => ['eval-timex', input] },
  { title: 'Attribution: PolNeAR dev', input: path.join(dataDir, 'polnear'), args: (input) => ['eval-attributions', input, '--split', 'dev'] },
  { title: 'Events: seeds gold', input: goldFile, args: (input) => ['eval', input] },
  { title: 'CAMEO roots: PETRARCH validation records with real actors', input: path.join(dataDir, 'petrarch'), args: (input) => ['eval-petrarch', input] },
  { title: 'Event types: PLOVER gold standard, dev half', input: path.join(dataDir, 'plover', 'PLOVER_GSR_CAMEO.dev.json'), args: (input) => ['eval-plover', input] },
  { title: 'Cross-document event coreference: ECB+ dev topics, no topic given', input: path.join(dataDir, 'ecbplus', 'ecbplus-topics-1-35.jsonl'), args: (input) => ['eval-corefer', input, '--topics', 'dev'] },
];

let failed = false;
let ran = 0;
for (const benchmark of benchmarks) {
  process.stdout.write(`\n## ${benchmark.title}\n`);
  if (!existsSync(benchmark.input)) {
    process.stdout.write(`skipped: ${benchmark.input} is missing (give the data folder as the first argument: npm run eval -- /path/to/data)\n`);
    continue;
  }
  const result = spawnSync(path.join(root, 'bin', 'annalist'), benchmark.args(benchmark.input), { stdio: 'inherit' });
  ran++;
  if (result.status !== 0) failed = true;
}
if (ran === 0) {
  process.stderr.write(`annalist eval: no benchmark data found under ${dataDir}\n`);
  process.exit(3);
}
process.exit(failed ? 1 : 0);
