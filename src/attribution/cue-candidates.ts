// Cue candidates in a sentence, outside quotes: reporting verbs and nouns (by lemma), cue phrases
// ("according to", "reportedly") and a speaker's colon ("Sanders: Brexit's message …").
import type { CueCandidate, SentenceContext } from './sentence-context.js';
import { firstPhrase, firstWordIndex } from './first-word-index.js';

/** Particles that belong to the cue ("point out", "talk about", "call for"). */
const PARTICLES = new Set(['out', 'about', 'for', 'on', 'off', 'up']);
/** Longest speaker name before a colon, in tokens. */
const MAX_COLON_SPEAKER = 6;

export function findCueCandidates(context: SentenceContext): CueCandidate[] {
  const { tokens, lexicon } = context;
  const candidates: CueCandidate[] = [];
  const colon = colonSpeakerCue(context);
  if (colon) candidates.push(colon);
  const phrases = firstWordIndex(lexicon.phrases);
  const verbPhrases = firstWordIndex(lexicon.verbPhrases);
  for (let t = context.start; t < context.end; t++) {
    if (context.quoteOf[t] >= 0) continue;
    // The rest of each phrase after its first word, which the index has matched.
    const restMatches = (p: { words: string[] }) => p.words.every((word, i) => i === 0 || (t + i < context.end && tokens.lower[t + i] === word));
    const phrase = firstPhrase(phrases, tokens.lower[t], null, restMatches);
    if (phrase) {
      candidates.push({ cue: { tokenStart: t, tokenEnd: t + phrase.words.length }, type: 'phrase', verb: null, phrase });
      t += phrase.words.length - 1;
      continue;
    }
    const verbPhrase = firstPhrase(verbPhrases, tokens.lemma[t].toLowerCase(), tokens.lower[t], restMatches);
    if (verbPhrase && !modifiesNoun(context, t)) {
      candidates.push({ cue: { tokenStart: t, tokenEnd: t + verbPhrase.words.length }, type: 'verb', verb: verbPhrase.verb, phrase: null });
      t += verbPhrase.words.length - 1;
      continue;
    }
    if (inCompound(context, t)) continue;
    const nounKind = tokens.pos[t] === 'NOUN' || headOfNounPhrase(context, t) ? lexicon.nouns.get(tokens.lemma[t].toLowerCase()) : undefined;
    const verb = lexicon.verbs.get(tokens.lemma[t].toLowerCase()) ?? lexicon.verbs.get(tokens.lower[t]);
    if (nounKind && !(verb && verbal(context, t))) {
      candidates.push({ cue: { tokenStart: t, tokenEnd: t + 1 }, type: 'noun', verb: { kind: nounKind, hearer: false }, phrase: null });
      continue;
    }
    if (!verb || !verbal(context, t) || modifiesNoun(context, t) || headOfNounPhrase(context, t) || reducedRelative(context, t)) continue;
    const particle = t + 1 < context.end && PARTICLES.has(tokens.lower[t + 1]) && ['ADP', 'ADV', 'PART'].includes(tokens.pos[t + 1]);
    candidates.push({ cue: { tokenStart: t, tokenEnd: particle ? t + 2 : t + 1 }, type: 'verb', verb, phrase: null });
  }
  return candidates;
}

const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const OBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'ADJ', 'NUM', 'SCONJ']);

/**
 * A verb, or a verb the tagger read as a noun between a subject and its object ("polls show
 * Trump ahead", "six in 10 say he …", "the ministry plans to close …").
 */
function verbal(context: SentenceContext, t: number): boolean {
  const { tokens } = context;
  if (tokens.pos[t] === 'VERB') return true;
  if (tokens.pos[t] !== 'NOUN' || t <= context.start || t + 1 >= context.end) return false;
  const infinitive = tokens.lower[t + 1] === 'to' && tokens.pos[t + 2] === 'VERB';
  return SUBJECT_END.has(tokens.pos[t - 1]) && (OBJECT_START.has(tokens.pos[t + 1]) || tokens.lower[t + 1] === 'that' || infinitive);
}

/** Names a verb gives rather than words it reports: "a program called Sandy Hook Promise". */
const NAMING = new Set(['call', 'name', 'dub', 'title', 'label']);

/**
 * "a stated aim": a verb form between a determiner and its noun is an adjective, no cue;
 * "a program called Sandy Hook Promise" names the program.
 */
function modifiesNoun(context: SentenceContext, t: number): boolean {
  const { tokens } = context;
  if (t <= context.start) return false;
  // "a stated aim", "the combination of pledged delegates"
  if ((tokens.pos[t - 1] === 'DET' || (tokens.pos[t - 1] === 'ADP' && tokens.lower[t].endsWith('ed'))) && tokens.pos[t + 1] === 'NOUN') return true;
  return NAMING.has(tokens.lemma[t]) && tokens.lower[t].endsWith('ed') && tokens.pos[t - 1] === 'NOUN';
}

/** "self-described", "so-called": the second half of a hyphenated word is an adjective's, no cue. */
function inCompound(context: SentenceContext, t: number): boolean {
  const { tokens } = context;
  return t - 2 >= context.start && tokens.text[t - 1] === '-' && /\p{L}/u.test(tokens.text[t - 2]);
}

/**
 * "an earlier report in the paper", "the claims", "five states": a present form after a determiner
 * (and its adjectives) or a plural after a number heads a noun phrase, whatever the tagger says.
 */
function headOfNounPhrase(context: SentenceContext, t: number): boolean {
  const { tokens } = context;
  if (/(ed|ing)$/.test(tokens.lower[t])) return false;
  // "in five states", "earlier states": a plural after a number or an adjective.
  if (t - 1 >= context.start && tokens.lower[t].endsWith('s') && (tokens.pos[t - 1] === 'NUM' || tokens.pos[t - 1] === 'ADJ')) return true;
  let before = t - 1;
  while (before >= context.start && t - before <= 3 && (tokens.pos[before] === 'ADJ' || tokens.pos[before] === 'ADV')) before--;
  return before >= context.start && tokens.pos[before] === 'DET' && tokens.lower[before] !== 'that';
}

/** "the contests known as Super Tuesday", "a memo seen by Reuters": a participle that describes the noun before it. */
function reducedRelative(context: SentenceContext, t: number): boolean {
  const { tokens } = context;
  const participle = tokens.lower[t] !== tokens.lemma[t].toLowerCase() && !/(s|ing)$/.test(tokens.lower[t]);
  return participle && t - 1 >= context.start && ['NOUN', 'PROPN'].includes(tokens.pos[t - 1]) && ['as', 'by'].includes(tokens.lower[t + 1] ?? '');
}

/** A short name at the start of a sentence followed by a colon: transcripts and headlines. */
function colonSpeakerCue(context: SentenceContext): CueCandidate | null {
  const { tokens } = context;
  for (let t = context.start + 1; t < Math.min(context.end - 1, context.start + MAX_COLON_SPEAKER + 1); t++) {
    if (tokens.text[t] !== ':') {
      if (!['PROPN', 'NOUN', 'PUNCT', 'ADJ'].includes(tokens.pos[t]) && tokens.lower[t] !== "'s") return null;
      continue;
    }
    const words = [];
    for (let w = context.start; w < t; w++) if (/\p{L}/u.test(tokens.text[w])) words.push(tokens.text[w]);
    const named = words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word));
    return named && /^\p{Lu}/u.test(tokens.text[context.start]) ? { cue: { tokenStart: t, tokenEnd: t + 1 }, type: 'colon', verb: null, phrase: null } : null;
  }
  return null;
}
