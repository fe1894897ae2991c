// annalist parse: articles as CoNLL-U (tokens, tags, heads, relations); with --conllu, the
// tokens of a CoNLL-U file tagged and parsed as they stand, for an outside scorer.
import { readFileSync } from 'node:fs';
import { AnnalistError } from '../../errors.js';
import { SyntaxAnalyser } from '../../syntax/analyser.js';
import { formatConllu, parseConllu, type ConlluSentence } from '../../syntax/conllu.js';
import { docToConllu } from '../../syntax/doc-to-conllu.js';
import { loadSyntaxModel } from '../../syntax/load-model.js';
import { createSyntaxPipeline } from '../../syntax/syntax-pipeline.js';
import { winkHints } from '../../syntax/wink-hints.js';
import { loadTextLexicons } from '../../lexicons.js';
import { writeLinesPerArticle, type LinesOptions } from '../lines-per-article.js';

export interface ParseOptions extends LinesOptions {
  conllu?: string;
}

export async function parseCommand(inputs: string[], options: ParseOptions): Promise<void> {
  if (options.conllu !== undefined) {
    if (inputs.length > 0) throw new AnnalistError('usage', 'give either articles or --conllu FILE, not both');
    parseConlluFile(options.conllu);
    return;
  }
  if (inputs.length === 0) throw new AnnalistError('usage', 'give articles to parse, or --conllu FILE');
  const pipeline = createSyntaxPipeline(loadTextLexicons(), loadSyntaxModel());
  await writeLinesPerArticle(inputs, options, (article) => [docToConllu(pipeline.run(article))]);
}

function parseConlluFile(file: string): void {
  let sentences: ConlluSentence[];
  try {
    sentences = parseConllu(readFileSync(file === '-' ? 0 : file, 'utf8'), file);
  } catch (error) {
    throw new AnnalistError('input', (error as Error).message.replace(`${file}: `, ''), { input: file });
  }
  const analyser = new SyntaxAnalyser(loadSyntaxModel());
  const forms: string[] = [];
  for (const sentence of sentences) {
    forms.length = 0;
    for (const token of sentence.tokens) forms.push(token.form);
    const analysis = analyser.analyse(forms, 0, forms.length, undefined, winkHints(forms, sentence.tokens.map((t) => t.noSpaceAfter)));
    // Only ID, FORM and SpaceAfter are read; every other column is predicted or left empty.
    const tokens = sentence.tokens.map((token, i) => ({
      form: token.form,
      lemma: '_',
      upos: analyser.upos[analysis.tags[i]],
      xpos: analyser.xpos[analysis.tags[i]],
      feats: '_',
      head: analysis.heads[i] + 1,
      deprel: analyser.labels[analysis.labels[i]],
      noSpaceAfter: token.noSpaceAfter,
      misc: token.noSpaceAfter ? 'SpaceAfter=No' : '_',
    }));
    process.stdout.write(formatConllu({ ...sentence, tokens, extraLines: keepRanges(sentence.extraLines) }));
  }
}

/** Multiword-token lines stay (a scorer aligns on them); empty nodes belong to enhanced graphs, which are not predicted. */
function keepRanges(extra: Map<number, string[]>): Map<number, string[]> {
  const kept = new Map<number, string[]>();
  for (const [before, lines] of extra) {
    const ranges = lines.filter((line) => /^\d+-\d+\t/.test(line));
    if (ranges.length > 0) kept.set(before, ranges);
  }
  return kept;
}
