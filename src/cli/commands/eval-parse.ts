// annalist eval-parse: the tagger and parser scored on gold CoNLL-U tokens, per file or folder
// given and over all of them: UPOS and XPOS accuracy, UAS, LAS, and LAS on universal relations.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AnnalistError } from '../../errors.js';
import { SyntaxAnalyser } from '../../syntax/analyser.js';
import { parseConllu } from '../../syntax/conllu.js';
import { scoreParses, type ParseScore } from '../../syntax/evaluate.js';
import { loadSyntaxModel } from '../../syntax/load-model.js';
import { conlluFiles } from '../../syntax/train/train-syntax.js';
import { readFileSync } from 'node:fs';

export interface EvalParseOptions {
  json?: boolean;
}

export async function evalParseCommand(locations: string[], options: EvalParseOptions): Promise<void> {
  const analyser = new SyntaxAnalyser(loadSyntaxModel());
  const rows: { name: string; score: ParseScore }[] = [];
  const all = [];
  for (const location of locations) {
    if (!existsSync(location)) throw new AnnalistError('input', 'no such file or folder', { input: location });
    const files = conlluFiles(location);
    if (files.length === 0) throw new AnnalistError('input', 'no .conllu files in this folder', { input: location });
    const sentences = files.flatMap((file) => {
      try {
        return parseConllu(readFileSync(file, 'utf8'), file);
      } catch (error) {
        throw new AnnalistError('input', (error as Error).message.replace(`${file}: `, ''), { input: file });
      }
    });
    all.push(...sentences);
    rows.push({ name: path.basename(location), score: scoreParses(analyser, sentences) });
  }
  if (rows.length > 1) rows.push({ name: 'all', score: scoreParses(analyser, all) });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(rows.map((row) => [row.name, row.score])), null, 2)}\n`);
    return;
  }
  const width = Math.max(4, ...rows.map((row) => row.name.length));
  const lines = [`${'set'.padEnd(width)}  sentences    words   UPOS   XPOS    UAS    LAS  LAS (universal)`];
  for (const { name, score } of rows) {
    lines.push(`${name.padEnd(width)}  ${String(score.sentences).padStart(9)} ${String(score.words).padStart(8)}  ${f(score.upos)}  ${f(score.xpos)}  ${f(score.uas)}  ${f(score.las)}  ${f(score.lasUniversal)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n(gold tokens; LAS counts every word, punctuation included; LAS (universal) ignores relation subtypes, as the CoNLL 2018 shared task did)\n`);
}

const f = (value: number) => value.toFixed(4);
