// What every cue recogniser reads: the sentence's token range, the quotes, the lexicon, and
// small helpers for the shapes around a cue (the auxiliaries before it, where the clause ends).
import type { TokenTable } from '../doc/token-table.js';
import type { ActorMention, TokenSpan } from '../doc/layers.js';
import type { AttributionLexicon, CuePhrase, ReportingVerb } from './lexicon.js';
import type { Quote } from './quotes.js';

export interface SentenceContext {
  tokens: TokenTable;
  /** Sentence token range. */
  start: number;
  end: number;
  quotes: readonly Quote[];
  /** Quote index per token, -1 outside quotes. */
  quoteOf: Int32Array;
  lexicon: AttributionLexicon;
  /** The article's actor mentions (speakers are actors). */
  mentions: readonly ActorMention[];
}

export interface CueCandidate {
  cue: TokenSpan;
  type: 'verb' | 'noun' | 'phrase' | 'colon';
  verb: ReportingVerb | null;
  phrase: CuePhrase | null;
}

/** A recogniser's reading of a cue: where its source and content are. */
export interface FrameDraft {
  cue: TokenSpan;
  source: TokenSpan | null;
  content: TokenSpan;
  /** "told the Post": the hearer, often an outlet. */
  hearer: TokenSpan | null;
  verb: ReportingVerb | null;
  /** "did not say", "never claimed". */
  negated: boolean;
  /** Where the attribution's own clause starts (its source, or its cue when the source is elsewhere). */
  clauseStart: number;
  /** Parenthetical and phrase cues claim their content before the plain subject-verb ones. */
  priority: number;
  rule: string;
}

export type Recogniser = (context: SentenceContext, candidate: CueCandidate) => FrameDraft | null;

const CLOSING_QUOTES = new Set(['”', '"', "'", '’', "''", '’’']);
const FINAL = new Set(['.', '!', '?']);

export const isClosingQuote = (context: SentenceContext, t: number) => CLOSING_QUOTES.has(context.tokens.text[t]) && context.quoteOf[t] >= 0 && context.quotes[context.quoteOf[t]].tokenEnd === t + 1;
export const isOpeningQuote = (context: SentenceContext, t: number) => context.quoteOf[t] >= 0 && context.quotes[context.quoteOf[t]].tokenStart === t;

/** First token of the verb group ending at `verb`: auxiliaries, "not", adverbs ("has also said"). */
export function verbGroupStart(context: SentenceContext, verb: number): number {
  const { tokens } = context;
  let start = verb;
  while (start - 1 >= context.start && verb - (start - 1) <= 4) {
    const before = start - 1;
    const pos = tokens.pos[before];
    if (pos === 'AUX' || (pos === 'PART' && tokens.lower[before] !== "'s") || (pos === 'ADV' && tokens.text[before + 1] !== '-')) start = before;
    else break;
  }
  return start;
}

/** Whether the verb group holds "not", "n't" or "never". */
export function groupNegated(context: SentenceContext, groupStart: number, verb: number): boolean {
  for (let t = groupStart; t < verb; t++) {
    const lower = context.tokens.lower[t];
    if (lower === 'not' || lower === "n't" || lower === 'never') return true;
  }
  return false;
}

/** Whether the verb group is passive: a form of "be" before a verb not in -ing ("was asked", "is expected"). */
export function groupPassive(context: SentenceContext, groupStart: number, verb: number): boolean {
  const { tokens } = context;
  if (tokens.lower[verb].endsWith('ing')) return false;
  for (let t = groupStart; t < verb; t++) if (tokens.pos[t] === 'AUX' && tokens.lemma[t] === 'be') return true;
  return false;
}

/** End of the sentence's words: before its final full stop (a closing quote after it stays out too). */
export function wordsEnd(context: SentenceContext): number {
  let end = context.end;
  while (end > context.start && (FINAL.has(context.tokens.text[end - 1]) || (isClosingQuote(context, end - 1) && end - 1 > context.start && FINAL.has(context.tokens.text[end - 2])))) end--;
  return end;
}

/** The clause boundary at or after `from`: a comma, semicolon, dash, opening quote or the sentence's end. */
export function nextBoundary(context: SentenceContext, from: number): number {
  const end = wordsEnd(context);
  for (let t = from; t < end; t++) {
    const text = context.tokens.text[t];
    if (text === ',' || text === ';' || text === '—' || text === '–' || text === ':' || isOpeningQuote(context, t)) return t;
  }
  return end;
}

/** Where content before a cue starts: the sentence start, or the start of a quote that opened in an earlier sentence. */
export function contentStartBefore(context: SentenceContext): number {
  const q = context.quoteOf[context.start];
  return q >= 0 ? Math.min(context.start, context.quotes[q].tokenStart) : context.start;
}

/** The quote that starts at `t` (skipping a colon before it), if any. */
export function quoteStartingAt(context: SentenceContext, t: number): Quote | null {
  const at = context.tokens.text[t] === ':' ? t + 1 : t;
  return at < context.tokens.length && isOpeningQuote(context, at) ? context.quotes[context.quoteOf[at]] : null;
}
