// Which sentences the syntax stage parses. Parsing costs more than the rest of the pipeline
// together, and in news about one sentence in nine holds an event trigger: `eventSentences`
// parses those, and a sentence on either side that holds an attribution cue (", officials said."
// may report the sentence before it). `allSentences` parses every one, for the commands whose
// output is the parse or every attribution. A sentence left out keeps wink's tags and has no tree.
import type { Sentence } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import type { AttributionLexicon } from '../attribution/lexicon.js';
import type { TriggerIndex } from '../events/trigger-index.js';

/** 1 for each sentence to parse. */
export type ParseFilter = (tokens: TokenTable, sentences: readonly Sentence[]) => Uint8Array;

export const allSentences: ParseFilter = (_tokens, sentences) => new Uint8Array(sentences.length).fill(1);

export function eventSentences(triggers: TriggerIndex, attribution: AttributionLexicon): ParseFilter {
  const cueWords = new Set([...attribution.phrases.map((p) => p.words[0]), ...attribution.verbPhrases.map((p) => p.words[0]),
    ...attribution.nouns.keys(), ...attribution.verbs.keys()]);
  const hasCue = (tokens: TokenTable, sentence: Sentence) => {
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) if (cueWords.has(tokens.lower[t]) || cueWords.has(tokens.lemma[t])) return true;
    return false;
  };
  return (tokens, sentences) => {
    const parse = new Uint8Array(sentences.length);
    sentences.forEach((sentence, i) => {
      if (triggers.match(tokens, sentence.tokenStart, sentence.tokenEnd).length === 0) return;
      parse[i] = 1;
      for (const j of [i - 1, i + 1]) if (j >= 0 && j < sentences.length && !parse[j] && hasCue(tokens, sentences[j])) parse[j] = 1;
    });
    return parse;
  };
}
