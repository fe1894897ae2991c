// What every cue recogniser reads: the unit's token range, its dependency tree, the quotes, the
// lexicon and the actor mentions.
import type { TokenTable } from '../doc/token-table.js';
import type { DependencyTree } from '../doc/dependency-tree.js';
import type { ActorMention, TokenSpan } from '../doc/layers.js';
import type { AttributionLexicon, CuePhrase, ReportingVerb } from './lexicon.js';
import type { Quote } from './quotes.js';

export interface SentenceContext {
  tokens: TokenTable;
  tree: DependencyTree;
  /** Unit token range (one sentence, or a quote and its tag: src/attribution/units.ts). */
  start: number;
  end: number;
  quotes: readonly Quote[];
  /** Quote index per token, -1 outside quotes. */
  quoteOf: Int32Array;
  lexicon: AttributionLexicon;
  /** The article's actor mentions (speakers are actors). */
  mentions: readonly ActorMention[];
  /** 1 for each token in a time expression: "said on Monday" says when, not what. */
  timed: Uint8Array;
}

export interface CueCandidate {
  /** For a verb, the verb is its first word ("point out", "made it clear", "takes issue with"). */
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
  /** More of the same content: the rest of a clause the cue interrupts ("The deal, he said, is dead"). */
  more: TokenSpan[];
  /** "told the Post": the hearer, often an outlet. */
  hearer: TokenSpan | null;
  verb: ReportingVerb | null;
  /** "did not say", "never claimed". */
  negated: boolean;
  /** The content is a claim the source makes (a clause, a quote, "reported an attack"), not the target of a stance ("condemned the attack"). */
  claim: boolean;
  /** The content is a proposition ("denied that …", "denied meeting …", "denied reports that …"), not a thing ("denied knowledge of …"). */
  proposition: boolean;
  /** Phrase cues claim their content before verbs and nouns, hearsay adverbs last. */
  priority: number;
  rule: string;
}

export type Recogniser = (context: SentenceContext, candidate: CueCandidate) => FrameDraft | null;

const CLOSING_QUOTES = new Set(['”', '"', "'", '’', "''", '’’']);
const FINAL = new Set(['.', '!', '?']);

export const isClosingQuote = (context: SentenceContext, t: number) => CLOSING_QUOTES.has(context.tokens.text[t]) && context.quoteOf[t] >= 0 && context.quotes[context.quoteOf[t]].tokenEnd === t + 1;
export const isOpeningQuote = (context: SentenceContext, t: number) => context.quoteOf[t] >= 0 && context.quotes[context.quoteOf[t]].tokenStart === t;

/** End of the unit's words: before its final full stop (a closing quote after it stays out too). */
export function wordsEnd(context: SentenceContext): number {
  let end = context.end;
  while (end > context.start && (FINAL.has(context.tokens.text[end - 1]) || (isClosingQuote(context, end - 1) && end - 1 > context.start && FINAL.has(context.tokens.text[end - 2])))) end--;
  return end;
}

/** The quote that starts at `t` (skipping a colon before it), if any. */
export function quoteStartingAt(context: SentenceContext, t: number): Quote | null {
  const at = context.tokens.text[t] === ':' ? t + 1 : t;
  return at < context.tokens.length && isOpeningQuote(context, at) ? context.quotes[context.quoteOf[at]] : null;
}

/** Whether the verb (or noun) at `t` has "not", "n't" or "never" among its dependents. */
export function negatedAt(context: SentenceContext, t: number): boolean {
  for (const c of context.tree.children(t)) {
    const lower = context.tokens.lower[c];
    if (lower === 'not' || lower === "n't" || lower === 'never') return true;
  }
  return false;
}
