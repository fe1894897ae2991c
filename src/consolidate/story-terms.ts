// The terms an article is compared on when grouping articles into stories: its words (minus
// English stop words), lower-cased, a capitalised word inside a sentence counting double
// (names tell two rehab check-ins or two earthquakes apart). Read from the text alone, so a
// store can compute them for any article without the language pipeline.
import stopword from 'stopword';

const STOP_WORDS = new Set(stopword.eng);
// A word as Unicode's word boundaries (UAX #29) find it in Latin-script text: letters, digits
// and "_", joined across an apostrophe, period, colon or middle dot between letters ("U.S",
// "don't") and across a comma, period, semicolon or apostrophe between digits ("1,000").
// Intl.Segmenter gives the same words over the BBC and ECB+ corpora but costs twenty times as much.
const WORD = /[\p{L}\p{N}_](?:[\p{L}\p{N}\p{M}_\u00AD\u200C\u200D\u2060]|(?<=[\p{L}\p{M}\u00AD])[.:·'‘’](?=\p{L})|(?<=\p{N})[.,;'‘’](?=\p{N}))*/gu;
const SENTENCE_END = /[.!?\n]\s*$/u;

export function storyTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  for (const { 0: segment, index } of text.matchAll(WORD)) {
    if (segment.length < 2) continue;
    const term = segment.toLowerCase().replace(/['’]s$/u, '');
    if (STOP_WORDS.has(term)) continue;
    const sentenceStart = index === 0 || SENTENCE_END.test(text.slice(Math.max(0, index - 3), index));
    const name = !sentenceStart && segment[0] !== segment[0].toLowerCase();
    terms.set(term, (terms.get(term) ?? 0) + (name ? 2 : 1));
  }
  return terms;
}
