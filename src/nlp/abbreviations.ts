// Title abbreviations after which a full stop does not end a sentence
// ("then-Rep. Pete Sessions", "Gen. Mark Milley"). wink-nlp splits after most of them.
import { lexiconFiles } from '../lexicon-path.js';
import { readLexiconFile } from '../lexicon-tsv.js';

/** The built-in abbreviations (lexicons/nlp) and those at each `--lexicon` location (`extra`), lower-cased. */
export function loadTitleAbbreviations(extra: readonly string[] = []): Set<string> {
  const abbreviations = new Set<string>();
  for (const file of lexiconFiles('nlp', 'title-abbreviations.txt', extra)) {
    for (const line of readLexiconFile(file).split('\n')) {
      const word = line.trim().toLowerCase();
      if (word && !word.startsWith('#')) abbreviations.add(word);
    }
  }
  return abbreviations;
}
