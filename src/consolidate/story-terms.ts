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
const WHITESPACE = /\s/u;

/** An article's terms with their counts: a Map, or the [term, count] pairs a store keeps. */
export type TermCounts = Iterable<readonly [term: string, count: number]>;

export function storyTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  for (const { 0: segment, index } of text.matchAll(WORD)) {
    if (segment.length < 2) continue;
    const lower = segment.toLowerCase();
    const term = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
    if (STOP_WORDS.has(term)) continue;
    const name = segment[0] !== lower[0] && !startsSentence(text, index);
    terms.set(term, (terms.get(term) ?? 0) + (name ? 2 : 1));
  }
  return terms;
}

/** True at the text's start, or where ".", "!", "?" or a line break ends the three characters before, give or take whitespace. */
function startsSentence(text: string, index: number): boolean {
  if (index === 0) return true;
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const char = text[i];
    if (char === '.' || char === '!' || char === '?' || char === '\n') return true;
    if (!WHITESPACE.test(char)) return false;
  }
  return false;
}
