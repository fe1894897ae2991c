// The terms an article is compared on when grouping articles into stories: its words (minus
// English stop words), lower-cased, a capitalised word inside a sentence counting double
// (names tell two rehab check-ins or two earthquakes apart). Read from the text alone, so a
// store can compute them for any article without the language pipeline.
import stopword from 'stopword';

const STOP_WORDS = new Set(stopword.eng);
const words = new Intl.Segmenter('en', { granularity: 'word' });
const SENTENCE_END = /[.!?\n]\s*$/u;

export function storyTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  for (const { segment, index, isWordLike } of words.segment(text)) {
    if (!isWordLike || segment.length < 2) continue;
    const term = segment.toLowerCase().replace(/['’]s$/u, '');
    if (STOP_WORDS.has(term)) continue;
    const sentenceStart = index === 0 || SENTENCE_END.test(text.slice(Math.max(0, index - 3), index));
    const name = !sentenceStart && segment[0] !== segment[0].toLowerCase();
    terms.set(term, (terms.get(term) ?? 0) + (name ? 2 : 1));
  }
  return terms;
}
