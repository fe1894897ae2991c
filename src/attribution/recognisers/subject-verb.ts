// The common shape: source, cue, content. "Mackowiak told the Post that the call took place",
// "Sanders, a senator from Vermont, said …", "…, adding that …" (the clause's subject speaks),
// "was asked by reporters" (passive: the source follows "by"), "seemed to" (no source).
import type { TokenSpan } from '../../doc/layers.js';
import { phraseEndingAt, phraseStartingAt } from '../noun-phrase.js';
import {
  groupNegated, groupPassive, nextBoundary, quoteStartingAt, verbGroupStart, wordsEnd, type Recogniser, type SentenceContext,
} from '../sentence-context.js';

/** How far past the cue (and its hearer) a "that" may open the content: "told the Post on Sunday that". */
const THAT_REACH = 6;
/** Longest dateline, in tokens: "ST. PETERSBURG, Fla. (AP) —". */
const MAX_DATELINE = 10;
/** Longest insert between a name and its verb: "Shook, a security expert who …, said". */
const MAX_INSERT = 25;
const DASHES = new Set(['—', '–', '--']);
/** Words that open a clause whose subject follows them: "after half said so", "because he said". */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'as', 'because', 'while', 'when', 'though', 'although', 'if', 'until', 'unless', 'whereas']);

export const subjectVerb: Recogniser = (context, candidate) => {
  if (candidate.type !== 'verb' || !candidate.verb) return null;
  const { tokens } = context;
  const verb = candidate.cue.tokenStart;
  const group = verbGroupStart(context, verb);
  const source = candidate.verb.kind === 'raising' ? null
    : groupPassive(context, group, verb) ? byPhrase(context, candidate.cue.tokenEnd)
    : sharesSubject(context, group) ? clauseSubject(context, group)
    : subjectBefore(context, group);
  if (!source && openingParticiple(context, group, verb)) {
    // "Asked if he would run, Trump said no": the question is the content; who asked goes unsaid.
    const content = { tokenStart: candidate.cue.tokenEnd, tokenEnd: nextBoundary(context, candidate.cue.tokenEnd) };
    if (content.tokenEnd - content.tokenStart < 2) return null;
    return { cue: candidate.cue, source: null, content, hearer: null, verb: candidate.verb, negated: false, clauseStart: context.start, priority: 1, rule: 'cue.opening-participle.v1' };
  }
  // "Ask yourself: …": an imperative speaks to the reader.
  if (!source && group === context.start && candidate.verb.kind !== 'raising') return null;
  const passive = groupPassive(context, group, verb);
  let contentStart = candidate.cue.tokenEnd;
  let hearer: TokenSpan | null = null;
  if (candidate.verb.hearer) {
    hearer = phraseStartingAt(tokens, contentStart, context.end);
  } else if (tokens.lower[contentStart] === 'to' && candidate.verb.kind === 'speech') {
    // "confirmed to The Hill that …"
    const phrase = phraseStartingAt(tokens, contentStart + 1, context.end);
    if (phrase) hearer = { tokenStart: contentStart, tokenEnd: phrase.tokenEnd };
  }
  if (hearer) contentStart = hearer.tokenEnd;
  // "It was first reported by The Washington Post": what is reported is the subject.
  if (passive && source && source.tokenStart >= candidate.cue.tokenEnd) {
    const subject = phraseEndingAt(tokens, group, context.start);
    if (subject) {
      return {
        cue: candidate.cue, source, content: subject, hearer: null, verb: candidate.verb, negated: groupNegated(context, group, verb),
        clauseStart: subject.tokenStart, priority: 1, rule: 'cue.passive-by-source.v1',
      };
    }
  }
  contentStart = thatClauseStart(context, contentStart);
  if ([',', ':'].includes(tokens.text[contentStart])) contentStart++;
  const quote = quoteStartingAt(context, contentStart) ?? (contentStart >= wordsEnd(context) ? quoteStartingAt(context, context.end) : null);
  const contentEnd = Math.max(wordsEnd(context), quote?.tokenEnd ?? 0);
  if (quote && quote.tokenStart >= context.end) contentStart = quote.tokenStart;
  if (contentEnd <= contentStart) return null;
  return {
    cue: candidate.cue, source, content: { tokenStart: contentStart, tokenEnd: contentEnd }, hearer, verb: candidate.verb,
    negated: groupNegated(context, group, verb),
    clauseStart: source && source.tokenStart < group && !sharesSubject(context, group) ? source.tokenStart : group,
    priority: 1, rule: 'cue.source-verb-content.v1',
  };
};

/** "Asked if …," / "When asked about …,": a speech verb's participle opens the sentence. */
function openingParticiple(context: SentenceContext, group: number, verb: number): boolean {
  const { tokens } = context;
  const start = tokens.lower[context.start] === 'when' ? context.start + 1 : context.start;
  return group <= start && verb === start && tokens.lower[verb].endsWith('ed') && nextBoundary(context, verb) < wordsEnd(context);
}

/** "…, adding that", "and added", "declined to say": the verb's subject is the clause's. */
function sharesSubject(context: SentenceContext, group: number): boolean {
  const { tokens } = context;
  const before = tokens.lower[group - 1];
  if (group - 1 < context.start) return false;
  if (before === 'and' || before === 'but') return true;
  if ([',', '—', '–'].includes(before) && tokens.lower[group].endsWith('ing')) return true;
  return tokens.pos[group - 1] === 'VERB' && tokens.lower[group] === 'to';
}

/** The first noun phrase of the sentence after any leading adverbial ("In a statement, Trump …"). */
function clauseSubject(context: SentenceContext, limit: number): TokenSpan | null {
  const { tokens } = context;
  let t = afterDateline(context);
  if (['ADP', 'SCONJ', 'ADV'].includes(tokens.pos[t])) {
    while (t < limit && tokens.text[t] !== ',') t++;
    t++;
  }
  // A quote is content, not the subject: "“…,” said Mr. Burr, adding that …".
  while (t < limit && (context.quoteOf[t] >= 0 || !['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM'].includes(tokens.pos[t]))) t++;
  return t < limit ? phraseStartingAt(tokens, t, limit) : null;
}

/** Where a sentence starts after its dateline ("WASHINGTON (AP) — …"), else its start. */
function afterDateline(context: SentenceContext): number {
  const { tokens } = context;
  for (let t = context.start; t < Math.min(context.end, context.start + MAX_DATELINE); t++) {
    if (DASHES.has(tokens.text[t])) return t > context.start ? t + 1 : context.start;
    if (/\p{Ll}/u.test(tokens.text[t])) return context.start;
  }
  return context.start;
}

/**
 * The noun phrase before the verb group; with an apposition, from the name before it ("Sanders,
 * a senator …," / "Carter's press secretary, Peter Cook,"). A phrase after a verb or a
 * preposition is an object, not the subject ("went on Twitter to applaud"): then the clause's
 * subject speaks.
 */
function subjectBefore(context: SentenceContext, group: number): TokenSpan | null {
  const { tokens } = context;
  const appositionEnd = tokens.text[group - 1] === ',' ? group - 1 : group;
  const phrase = phraseEndingAt(tokens, appositionEnd, context.start);
  if (!phrase) {
    if (appositionEnd < group) return namedBeforeInsert(context, appositionEnd);
    return ['by', 'to', 'after', 'before', 'while'].includes(tokens.lower[group - 1]) ? clauseSubject(context, group) : null;
  }
  const before = phrase.tokenStart - 1;
  const object = ['VERB', 'AUX', 'ADP'].includes(tokens.pos[before]) && !SUBORDINATORS.has(tokens.lower[before]);
  if (before >= context.start && (object || tokens.lower[before] === 'to')) {
    return (appositionEnd < group ? namedBeforeInsert(context, appositionEnd) : null) ?? clauseSubject(context, phrase.tokenStart);
  }
  if (tokens.text[before] === ',') {
    const name = phraseEndingAt(tokens, before, context.start);
    if (name && (name.tokenStart === context.start || [',', '(', '—'].includes(tokens.text[name.tokenStart - 1]))) {
      return { tokenStart: name.tokenStart, tokenEnd: appositionEnd };
    }
  }
  return phrase;
}

/**
 * A name before an insert between commas whose words are no plain noun phrase: "Shane Shook, a
 * security expert who has helped investigate the breaches, said" (the name and its apposition),
 * "Forbes, however, says" (the name alone).
 */
function namedBeforeInsert(context: SentenceContext, closingComma: number): TokenSpan | null {
  const { tokens } = context;
  let opening = closingComma - 1;
  while (opening > context.start && closingComma - opening <= MAX_INSERT && tokens.text[opening] !== ',') {
    if (context.quoteOf[opening] >= 0 || [';', '—', '–', '.'].includes(tokens.text[opening])) return null;
    opening--;
  }
  if (tokens.text[opening] !== ',') return null;
  const name = phraseEndingAt(tokens, opening, context.start);
  if (!name || !(name.tokenStart === context.start || [',', '(', '—'].includes(tokens.text[name.tokenStart - 1]))) return null;
  let adverbs = true;
  for (let t = opening + 1; t < closingComma; t++) if (tokens.pos[t] !== 'ADV') adverbs = false;
  return { tokenStart: name.tokenStart, tokenEnd: adverbs ? opening : closingComma };
}

/** "was asked by reporters": the source after "by". */
function byPhrase(context: SentenceContext, from: number): TokenSpan | null {
  for (let t = from; t < Math.min(context.end, from + 4); t++) {
    if (context.tokens.lower[t] === 'by') return phraseStartingAt(context.tokens, t + 1, context.end);
  }
  return null;
}

/** Content starts at a "that" a few adjunct words after the cue, else right after it. */
function thatClauseStart(context: SentenceContext, from: number): number {
  const { tokens } = context;
  for (let t = from; t < Math.min(context.end, from + THAT_REACH); t++) {
    if (tokens.lower[t] === 'that' && t > from) return t;
    if (tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX' || tokens.text[t] === ',' || context.quoteOf[t] >= 0) break;
  }
  return from;
}
