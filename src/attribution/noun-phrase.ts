// Noun phrases around a cue, from POS tags alone (there is no parser): the source before a
// verb ("Sessions spokesperson Matt Mackowiak said"), after it ("said the source"), or after
// a phrase ("according to The Washington Post").
import { TokenFlag, type TokenTable } from '../doc/token-table.js';
import type { TokenSpan } from '../doc/layers.js';

const HEAD = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
const MODIFIER = new Set(['PROPN', 'NOUN', 'PRON', 'NUM', 'DET', 'ADJ']);
/** Prepositions that stay inside a source: "spokesman for the campaign", "officials at the agency". */
const INNER_PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'with']);
const RELATIVE = new Set(['who', 'whom', 'which', 'that']);
/** Words that make a quantity approximate; they belong to the phrase. */
const APPROXIMATE = new Set(['about', 'around', 'nearly', 'almost', 'over', 'roughly', 'approximately', 'some', 'just', 'only', 'fewer', 'more', 'less']);
const FRACTIONS = new Set(['half', 'third', 'quarter', 'two-thirds', 'three-quarters', 'a']);
/** Titles before a name: "Mr.", "Sen.", "Gov.". */
const TITLE = /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|Pres)\.$/;
const CLAUSE_WORDS = new Set(['that', 'who', 'which', 'what', 'whether', 'how', 'why']);
/** Longest source phrase considered, in tokens. */
const MAX_PHRASE = 14;

/** Whether token `t` may sit inside a noun phrase (a word or the punctuation of a name). */
function inner(tokens: TokenTable, t: number): boolean {
  const pos = tokens.pos[t];
  if (MODIFIER.has(pos)) return true;
  const text = tokens.lower[t];
  // "Mr. Trump", "then-Rep.", "Trump's", "AT&T"
  if (text === '.' || text === '-' || text === "'s" || text === "'" || text === '&' || (pos === 'ADV' && text === 'then')) return true;
  // A name the tagger misread ("Ted/VERB Terry"): capitalised, mid-sentence, before another name.
  if (!tokens.has(t, TokenFlag.capitalized) || t === 0) return false;
  // "Mr. Burr/VERB": a capitalised word after a title.
  if (tokens.pos[t] === 'VERB' && TITLE.test(tokens.text[t - 1])) return true;
  // Not the sentence's first word, where a capitalised verb is a verb ("Ask Trump").
  return t + 1 < tokens.length && tokens.pos[t + 1] === 'PROPN' && tokens.has(t, TokenFlag.spaceBefore) && !['.', '!', '?', ':'].includes(tokens.text[t - 1]);
}

/** A name's first word the tagger misread at the start of a sentence: "Ted/VERB Cruz says". */
function misreadFirstName(tokens: TokenTable, t: number, floor: number): boolean {
  return t === floor && tokens.pos[t] === 'VERB' && tokens.has(t, TokenFlag.capitalized) && t + 1 < tokens.length && tokens.pos[t + 1] === 'PROPN';
}

/** The noun phrase that ends just before `end` (exclusive), not reaching before `floor`. */
export function phraseEndingAt(tokens: TokenTable, end: number, floor: number): TokenSpan | null {
  let t = end - 1;
  // "(R-Texas)" after a name belongs to it.
  if (t >= floor && tokens.text[t] === ')') {
    let open = t - 1;
    while (open >= floor && open > t - 8 && tokens.text[open] !== '(') open--;
    if (open >= floor && tokens.text[open] === '(') t = open - 1;
  }
  if (t < floor || !(HEAD.has(tokens.pos[t]) || misreadName(tokens, t, floor))) return null;
  const last = end - 1;
  if (RELATIVE.has(tokens.lower[t])) return { tokenStart: t, tokenEnd: end };
  let start = t;
  while (start - 1 >= floor && last - (start - 1) < MAX_PHRASE) {
    const before = start - 1;
    if (RELATIVE.has(tokens.lower[before]) && tokens.pos[before] === 'PRON') break;
    if (inner(tokens, before) || misreadFirstName(tokens, before, floor)) {
      start = before;
    } else if (tokens.lower[before] === 'in' && tokens.pos[start] === 'NUM' && before - 1 >= floor && tokens.pos[before - 1] === 'NUM') {
      // "four in 10 voters"
      start = before;
    } else if (APPROXIMATE.has(tokens.lower[before]) && (tokens.pos[start] === 'NUM' || FRACTIONS.has(tokens.lower[start]))) {
      // "about half of voters", "nearly 40 percent"
      start = before;
      break;
    } else if (INNER_PREPOSITIONS.has(tokens.lower[before]) && before - 1 >= floor && (HEAD.has(tokens.pos[before - 1]) || tokens.pos[before - 1] === 'ADJ')) {
      // "sources familiar with the call", "a spokesman for the campaign"
      start = before;
    } else {
      break;
    }
  }
  // A phrase cannot start with the punctuation of a name.
  while (start < t && !MODIFIER.has(tokens.pos[start]) && tokens.pos[start] !== 'VERB' && !APPROXIMATE.has(tokens.lower[start])) start++;
  return { tokenStart: start, tokenEnd: end };
}

/** The noun phrase that starts at `start`, not reaching `ceiling` (exclusive). */
export function phraseStartingAt(tokens: TokenTable, start: number, ceiling: number): TokenSpan | null {
  // "said Josh/VERB Bivens": a misread first name may open the phrase.
  if (start >= ceiling || !(MODIFIER.has(tokens.pos[start]) || (tokens.pos[start] === 'VERB' && inner(tokens, start)))) return null;
  let end = start;
  let lastHead = -1;
  while (end < ceiling && end - start < MAX_PHRASE) {
    // "told the agency that …": the clause starts here.
    if (end > start && CLAUSE_WORDS.has(tokens.lower[end])) break;
    if (HEAD.has(tokens.pos[end]) || (tokens.pos[end] === 'VERB' && inner(tokens, end))) lastHead = end;
    if (inner(tokens, end)) {
      end++;
    } else if (INNER_PREPOSITIONS.has(tokens.lower[end]) && lastHead === end - 1 && end + 1 < ceiling && MODIFIER.has(tokens.pos[end + 1])) {
      end++;
    } else {
      break;
    }
  }
  if (lastHead < 0) return null;
  // "(R-Texas)" after a name belongs to it.
  if (tokens.text[lastHead + 1] === '(') {
    let close = lastHead + 2;
    while (close < ceiling && close < lastHead + 8 && tokens.text[close] !== ')') close++;
    if (close < ceiling && tokens.text[close] === ')') return { tokenStart: start, tokenEnd: close + 1 };
  }
  return { tokenStart: start, tokenEnd: lastHead + 1 };
}

/** The head of a phrase: its last word before a preposition, comma or bracket ("Mackowiak" in "spokesperson Matt Mackowiak"). */
export function phraseHead(tokens: TokenTable, phrase: TokenSpan): number {
  let head = phrase.tokenStart;
  for (let t = phrase.tokenStart; t < phrase.tokenEnd; t++) {
    const text = tokens.lower[t];
    if (text === ',' || text === '(' || INNER_PREPOSITIONS.has(text)) break;
    if (HEAD.has(tokens.pos[t]) && text !== "'s") head = t;
  }
  return head;
}

/** A capitalised "verb" right before the cue is a name the tagger misread: "Cook declined", "Peter Cook, told". */
function misreadName(tokens: TokenTable, t: number, floor: number): boolean {
  return tokens.pos[t] === 'VERB' && tokens.has(t, TokenFlag.capitalized) && (t === floor || tokens.pos[t - 1] === 'PROPN');
}
