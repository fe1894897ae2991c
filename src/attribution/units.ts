// Token ranges the cue recognisers read: the nlp stage's sentences, re-joined where a quote or an
// abbreviation split a sentence from its own cue ("“… missing?” | Trump said.", "Sanders (I-Vt.) |
// said he will …"). The parse cannot join them (no head crosses a sentence), so this stays a rule
// of where words stand: a short tag with a verb of speech right after a closing quote.
import type { Sentence, TokenSpan } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import { TokenFlag } from '../doc/token-table.js';
import type { AttributionLexicon } from './lexicon.js';

/** A sentence this short after a quote is the quote's tag ("Trump said.", "said the source"). */
const MAX_TAG = 8;

export function attributionUnits(tokens: TokenTable, sentences: readonly Sentence[], lexicon: AttributionLexicon): TokenSpan[] {
  const units: TokenSpan[] = [];
  for (const sentence of sentences) {
    const previous = units[units.length - 1];
    if (previous && continuesPrevious(tokens, previous, sentence, lexicon)) previous.tokenEnd = sentence.tokenEnd;
    else units.push({ tokenStart: sentence.tokenStart, tokenEnd: sentence.tokenEnd });
  }
  return units;
}

function continuesPrevious(tokens: TokenTable, previous: TokenSpan, sentence: Sentence, lexicon: AttributionLexicon): boolean {
  const first = sentence.tokenStart;
  if (tokens.has(first, TokenFlag.paragraphBefore)) return false;
  const text = tokens.text[first];
  if (text === ')' || /^\p{Ll}/u.test(text)) return true;
  const last = tokens.text[previous.tokenEnd - 1];
  if (!['”', '"', "'", "''"].includes(last) || sentence.tokenEnd - first > MAX_TAG) return false;
  for (let t = first; t < sentence.tokenEnd; t++) {
    const verb = lexicon.verbs.get(tokens.lemma[t].toLowerCase());
    if (tokens.pos[t] === 'VERB' && verb?.kind === 'speech') return true;
  }
  return false;
}
