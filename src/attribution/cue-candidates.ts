// Cue candidates in a sentence, outside quotes: reporting verbs and nouns (by lemma), cue phrases
// ("according to", "reportedly") and a speaker's colon ("Sanders: Brexit's message …").
import type { CueCandidate, SentenceContext } from './sentence-context.js';
import type { AttributionLexicon } from './lexicon.js';
import { firstPhrase, firstWordIndex } from './first-word-index.js';

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
    if (verbPhrase && !describesNoun(context, t)) {
      candidates.push({ cue: { tokenStart: t, tokenEnd: t + verbPhrase.words.length }, type: 'verb', verb: verbPhrase.verb, phrase: null });
      t += verbPhrase.words.length - 1;
      continue;
    }
    const noun = lexicon.nouns.get(lemma);
    if (noun !== undefined && tokens.pos[t] === 'NOUN' && !predicate(context, t)) {
      candidates.push({ cue: { tokenStart: t, tokenEnd: t + 1 }, type: 'noun', verb: { kind: noun.kind, hearer: false, object: noun.object }, phrase: null });
      continue;
    }
    const verb = lexicon.verbs.get(lemma) ?? lexicon.verbs.get(lower);
    if (!verb || !(tokens.pos[t] === 'VERB' || predicate(context, t)) || describesNoun(context, t)) continue;
    // "point out", "lash out": the particle belongs to the cue.
    const particle = context.tree.child(t, 'compound:prt') === t + 1;
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

const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

/** Relations that make a word a predicate whatever its tag: "polls [show] Trump ahead", "six in 10 [say] he …". */
const PREDICATE_DEPENDENTS = new Set(['nsubj', 'ccomp', 'xcomp']);
/** …unless it is a noun after all: "it was [a claim]" (cop, det). */
const NOMINAL_DEPENDENTS = new Set(['cop', 'det']);

function predicate(context: SentenceContext, t: number): boolean {
  const { tree } = context;
  let found = false;
  for (const c of tree.children(t)) {
    if (NOMINAL_DEPENDENTS.has(tree.relation(c))) return false;
    if (PREDICATE_DEPENDENTS.has(tree.relation(c))) found = true;
  }
  return found;
}

/**
 * A verb form that describes a noun reports nothing: "a stated aim", "the self-described reformer"
 * (amod), "a program called Sandy Hook Promise", "the festival known as …", "a memo seen by
 * Reuters" (a participle's reduced relative clause), "questions regarding the operation" (case).
 */
function describesNoun(context: SentenceContext, t: number): boolean {
  const { tokens, tree } = context;
  const relation = tree.relation(t);
  // "“…,” replied/amod Sanders": a verb in a finite form describes nothing, whatever the relation.
  if (relation === 'amod' && FINITE.has(tokens.xpos[t])) return false;
  if (relation === 'amod' || relation === 'case' || relation === 'mark' || relation === 'compound') return true;
  // A finite form read as acl ("a former official/nsubj [told]/acl the Post") is a verb the parser hung on its subject.
  return relation === 'acl' && tokens.deprel[t] !== 'acl:relcl' && tokens.xpos[t] === 'VBN';
}

/** What a speaker's name before a colon is made of ("Sen. Sanders:", "BBC's Laura Kuenssberg:"). */
const SPEAKER_NAME_POS = new Set(['PROPN', 'NOUN', 'PUNCT', 'ADJ']);

/**
 * A short name at the start of a sentence followed by a colon: transcripts and headlines. Read
 * from the words, not the tree: the parser takes such lines for headings and roots them anywhere.
 */
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
