// Content first, then its source and cue: "…, sources said." / "“…,” Trump said." (source
// before the verb) and "“…,” said Trump." (source after it). Nothing but adjuncts may follow
// the cue in its clause ("said on Sunday", "told the Post"), or it is a subject-verb cue.
import { phraseEndingAt, phraseStartingAt } from '../noun-phrase.js';
import {
  contentStartBefore, groupNegated, isClosingQuote, nextBoundary, verbGroupStart, type FrameDraft, type Recogniser, type SentenceContext,
} from '../sentence-context.js';
import type { TokenSpan } from '../../doc/layers.js';
import { TokenFlag } from '../../doc/token-table.js';

const RELATIVE = new Set(['who', 'which', 'that']);
/** Most tokens of adjuncts after the cue ("told the Post in an interview on Sunday"). */
const MAX_TAIL = 10;

export const afterContent: Recogniser = (context, candidate) => {
  if (candidate.type !== 'verb' || !candidate.verb || candidate.verb.kind === 'raising') return null;
  const { tokens } = context;
  const verb = candidate.cue.tokenStart;
  const group = verbGroupStart(context, verb);
  if (!tailIsAdjunct(context, candidate.cue.tokenEnd)) return null;
  const draft = (source: TokenSpan, contentEnd: number, rule: string): FrameDraft | null => {
    const content = { tokenStart: contentStartBefore(context), tokenEnd: contentEnd };
    if (!hasClause(context, content)) return null;
    // The adjuncts after the cue may name the hearer: "…, an official told the Post."
    const hearer = { tokenStart: candidate.cue.tokenEnd, tokenEnd: nextBoundary(context, candidate.cue.tokenEnd) };
    return {
      cue: candidate.cue, source, content, hearer, verb: candidate.verb, negated: groupNegated(context, group, verb),
      clauseStart: Math.min(source.tokenStart, group), priority: 0, rule,
    };
  };
  const before = phraseEndingAt(tokens, group, context.start);
  if (before && !RELATIVE.has(tokens.lower[before.tokenStart])) {
    const mark = before.tokenStart - 1;
    if (mark > context.start && isBreak(context, mark)) return draft(before, contentEnd(context, mark), 'cue.content-source-verb.v1');
  }
  // "“…,” said Trump" inverts a finite verb only: in "…, saying the nominee …" the phrase after it is content.
  if (candidate.verb.kind === 'speech' && !tokens.lower[verb].endsWith('ing') && group - 1 > context.start && isBreak(context, group - 1)) {
    const after = phraseStartingAt(tokens, candidate.cue.tokenEnd, context.end);
    const boundary = after ? nextBoundary(context, after.tokenEnd) : -1;
    // "wrote a supporter who runs the account": a relative clause belongs to the source; "wrote O'Connor on Hot Air": an adjunct follows it.
    const source = !after ? null
      : boundary === after.tokenEnd || tokens.pos[after.tokenEnd] === 'ADP' ? after
      : RELATIVE.has(tokens.lower[after.tokenEnd]) ? { tokenStart: after.tokenStart, tokenEnd: boundary }
      : null;
    if (source) return draft(source, contentEnd(context, group - 1), 'cue.content-verb-source.v1');
  }
  return null;
};

/** A comma, a dash or the closing mark of a quote ends the content. */
function isBreak(context: SentenceContext, t: number): boolean {
  const text = context.tokens.text[t];
  return text === ',' || text === '—' || text === '–' || isClosingQuote(context, t);
}

/** Content ends before a comma or dash, after a closing quote mark. */
function contentEnd(context: SentenceContext, mark: number): number {
  return isClosingQuote(context, mark) ? mark + 1 : mark;
}

/** From `from` to the clause's end: no verb, no "that"-clause, only a few words. */
function tailIsAdjunct(context: SentenceContext, from: number): boolean {
  const { tokens } = context;
  const end = nextBoundary(context, from);
  if (end - from > MAX_TAIL) return false;
  if (from < end && (tokens.lower[from] === 'that' || tokens.pos[from] === 'SCONJ')) return false;
  for (let t = from; t < end; t++) {
    // "wrote a supporter who runs the account": the rest is the source's relative clause.
    if (t > from && RELATIVE.has(tokens.lower[t]) && tokens.pos[t] === 'PRON') break;
    // "said Josh/VERB Bivens": a capitalised "verb" after the cue is a misread name.
    if (tokens.pos[t] === 'VERB' && tokens.has(t, TokenFlag.capitalized)) continue;
    if (tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX') return false;
  }
  return true;
}

/** Content is a clause or a quote, not an adverbial ("After the debate, Trump tweeted."). */
function hasClause(context: SentenceContext, content: TokenSpan): boolean {
  if (content.tokenEnd - content.tokenStart < 2) return false;
  if (context.quoteOf[content.tokenStart] >= 0) return true;
  for (let t = content.tokenStart; t < content.tokenEnd; t++) if (context.tokens.pos[t] === 'VERB' || context.tokens.pos[t] === 'AUX') return true;
  return false;
}
