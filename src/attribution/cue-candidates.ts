// Cue candidates in a sentence, outside quotes: reporting verbs and nouns (by lemma), cue phrases
// ("according to", "reportedly") and a speaker's colon ("Sanders: Brexit's message …").
import type { CueCandidate, SentenceContext } from './sentence-context.js';
import type { AttributionLexicon } from './lexicon.js';
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
  const words = cueWords(lexicon);
  // The rest of each phrase after its first word (at token `at`), which the index has matched.
  let at = context.start;
  const restMatches = (p: { words: string[] }) => {
    for (let i = 1; i < p.words.length; i++) if (at + i >= context.end || tokens.lower[at + i] !== p.words[i]) return false;
    return true;
  };
  for (let t = context.start; t < context.end; t++) {
    if (context.quoteOf[t] >= 0) continue;
    at = t;
    const lower = tokens.lower[t];
    const lemma = tokens.lemma[t].toLowerCase();
    // Most tokens start no cue: every lookup below would miss. Most lemmas are the word as written.
    if (!words.has(lower) && (lemma === lower || !words.has(lemma))) continue;
    const phrase = firstPhrase(phrases, lower, null, restMatches);
    if (phrase) {
      candidates.push({ cue: { tokenStart: t, tokenEnd: t + phrase.words.length }, type: 'phrase', verb: null, phrase });
      t += phrase.words.length - 1;
      continue;
    }
    const verbPhrase = firstPhrase(verbPhrases, lemma, lower, restMatches);
    if (verbPhrase && !modifiesNoun(context, t)) {
      candidates.push({ cue: { tokenStart: t, tokenEnd: t + verbPhrase.words.length }, type: 'verb', verb: verbPhrase.verb, phrase: null });
      t += verbPhrase.words.length - 1;
      continue;
    }
    if (inCompound(context, t)) continue;
    const noun = lexicon.nouns.get(lemma);
    const nounKind = noun !== undefined && (tokens.pos[t] === 'NOUN' || headOfNounPhrase(context, t)) ? noun : undefined;
    const verb = lexicon.verbs.get(lemma) ?? lexicon.verbs.get(lower);
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

const cueWordCache = new WeakMap<AttributionLexicon, Set<string>>();

/** Every word a cue can start with: the first words of phrases and verb phrases, reporting nouns and verbs. */
function cueWords(lexicon: AttributionLexicon): Set<string> {
  let words = cueWordCache.get(lexicon);
  if (words === undefined) {
    words = new Set([...lexicon.phrases.map((p) => p.words[0]), ...lexicon.verbPhrases.map((p) => p.words[0]), ...lexicon.nouns.keys(), ...lexicon.verbs.keys()]);
    cueWordCache.set(lexicon, words);
  }
  return words;
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
  if (tokens.lower[t].endsWith('ed') || tokens.lower[t].endsWith('ing')) return false;
  // "in five states", "earlier states": a plural after a number or an adjective.
  if (t - 1 >= context.start && tokens.lower[t].endsWith('s') && (tokens.pos[t - 1] === 'NUM' || tokens.pos[t - 1] === 'ADJ')) return true;
  let before = t - 1;
  while (before >= context.start && t - before <= 3 && (tokens.pos[before] === 'ADJ' || tokens.pos[before] === 'ADV')) before--;
  return before >= context.start && tokens.pos[before] === 'DET' && tokens.lower[before] !== 'that';
}

/** "the contests known as Super Tuesday", "a memo seen by Reuters": a participle that describes the noun before it. */
function reducedRelative(context: SentenceContext, t: number): boolean {
  const { tokens } = context;
  const participle = tokens.lower[t] !== tokens.lemma[t].toLowerCase() && !(tokens.lower[t].endsWith('s') || tokens.lower[t].endsWith('ing'));
  return participle && t - 1 >= context.start && ['NOUN', 'PROPN'].includes(tokens.pos[t - 1]) && ['as', 'by'].includes(tokens.lower[t + 1] ?? '');
}

/** What a speaker's name before a colon is made of ("Sen. Sanders:", "BBC's Laura Kuenssberg:"). */
const SPEAKER_NAME_POS = new Set(['PROPN', 'NOUN', 'PUNCT', 'ADJ']);

/** A short name at the start of a sentence followed by a colon: transcripts and headlines. */
function colonSpeakerCue(context: SentenceContext): CueCandidate | null {
  const { tokens } = context;
  for (let t = context.start + 1; t < Math.min(context.end - 1, context.start + MAX_COLON_SPEAKER + 1); t++) {
    if (tokens.text[t] !== ':') {
      if (!SPEAKER_NAME_POS.has(tokens.pos[t]) && tokens.lower[t] !== "'s") return null;
      continue;
    }
    const words = [];
    for (let w = context.start; w < t; w++) if (/\p{L}/u.test(tokens.text[w])) words.push(tokens.text[w]);
    const named = words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word));
    return named && /^\p{Lu}/u.test(tokens.text[context.start]) ? { cue: { tokenStart: t, tokenEnd: t + 1 }, type: 'colon', verb: null, phrase: null } : null;
  }
  return null;
}
