// Title abbreviations after which a full stop does not end a sentence
// ("then-Rep. Pete Sessions", "Gen. Mark Milley"). wink-nlp splits after most of them.
import { readFileSync } from 'node:fs';
import { lexiconPath } from '../lexicon-path.js';

let cached: Set<string> | null = null;

export function titleAbbreviations(): Set<string> {
  if (cached) return cached;
  const lines = readFileSync(lexiconPath('nlp', 'title-abbreviations.txt'), 'utf8').split('\n');
  cached = new Set(lines.map((line) => line.trim().toLowerCase()).filter((line) => line && !line.startsWith('#')));
  return cached;
}
