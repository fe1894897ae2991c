// Patterns compiled once: each trigger phrase becomes a list of word alternatives, indexed
// by the alternatives of its first word so a token looks up only the patterns it can start.
// A word ending in "?" may be missing ("signed an? agreement"); "*" skips up to four
// modifiers ("launched * strikes" fires on "launched new Israeli air strikes"). The tokenizer
// splits "cease-fire" into three tokens; a hyphenated word matches them as one.
import type { TokenTable } from '../doc/token-table.js';
import type { EventPattern } from './pattern.js';
import { backgroundReason } from './background-clause.js';

/** One element of a compiled trigger: a set of word alternatives, or a gap of modifiers. */
type TriggerWord = Set<string> | 'gap';

export interface CompiledTrigger {
  pattern: EventPattern;
  words: TriggerWord[];
  near: Set<string>[];
  unlessFollowedBy: Set<string>;
  unlessPrecededBy: Set<string>;
  precededBy: Set<string>;
}

export interface TriggerMatch {
  pattern: EventPattern;
  tokenStart: number;
  tokenEnd: number;
  /** Token index of the last `near` word found, if the pattern has any. */
  nearEnd: number;
  /** Why the match is background ("officials accused by Washington"), not an event the sentence tells. */
  background?: string;
}

/** How many tokens a word's alternatives match at `t`: 1, 3 for "cease - fire", or 0 for none. */
type WordMatcher = (set: Set<string>, t: number) => number;

const alternatives = (word: string) => new Set(word.toLowerCase().split('|'));
const anyOf = (words: string[]) => new Set(words.flatMap((word) => word.toLowerCase().split('|')));

const GAP_LIMIT = 4;
/** What a "*" may skip: the modifiers of a noun phrase, never a verb, preposition, conjunction or punctuation. */
const GAP_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'NOUN', 'PROPN', 'PART', 'SYM']);
/** How far after (or before) the trigger `unlessFollowedBy` (`unlessPrecededBy`, `precededBy`) words count. */
const UNLESS_WINDOW = 3;

/** "sign|signed an? agreement" → ["sign|signed an agreement", "sign|signed agreement"]. */
export function expandOptional(phrase: string): string[][] {
  let variants: string[][] = [[]];
  for (const word of phrase.trim().split(/\s+/)) {
    if (word.length > 1 && word.endsWith('?')) {
      const bare = word.slice(0, -1);
      variants = variants.flatMap((v) => [[...v, bare], v]);
    } else {
      variants = variants.map((v) => [...v, word]);
    }
  }
  return variants.filter((v) => v.length > 0);
}

export class TriggerIndex {
  private readonly byFirstWord = new Map<string, CompiledTrigger[]>();

  constructor(patterns: EventPattern[]) {
    for (const pattern of patterns) {
      const near = pattern.near.map(alternatives);
      const context = { unlessFollowedBy: anyOf(pattern.unlessFollowedBy), unlessPrecededBy: anyOf(pattern.unlessPrecededBy), precededBy: anyOf(pattern.precededBy) };
      for (const phrase of pattern.trigger) {
        for (const variant of expandOptional(phrase)) {
          const words: TriggerWord[] = variant.map((word) => (word === '*' ? 'gap' : alternatives(word)));
          const first = words[0];
          if (first === 'gap') continue;
          const compiled = { pattern, words, near, ...context };
          for (const word of first) {
            // "test-fired" is looked up under "test", the token it starts with.
            const key = word.split('-')[0] || word;
            const list = this.byFirstWord.get(key) ?? [];
            if (!list.includes(compiled)) list.push(compiled);
            this.byFirstWord.set(key, list);
          }
        }
      }
    }
  }

  /** All pattern matches in [from, to), longest first at each position. */
  match(tokens: TokenTable, from: number, to: number): TriggerMatch[] {
    const matches: { match: TriggerMatch; words: number }[] = [];
    const wordMatches: WordMatcher = (set, t) => {
      if (t >= to) return 0;
      if (t + 2 < to && tokens.text[t + 1] === '-' && set.has(`${tokens.lower[t]}-${tokens.lower[t + 2]}`)) return 3;
      return set.has(tokens.lower[t]) || set.has(tokens.lemma[t]) ? 1 : 0;
    };
    for (let t = from; t < to; t++) {
      const byLower = this.byFirstWord.get(tokens.lower[t]);
      const byLemma = this.byFirstWord.get(tokens.lemma[t]);
      // Most tokens start no pattern: no set built for them.
      if (byLower === undefined && byLemma === undefined) continue;
      const candidates = byLemma === undefined || byLemma === byLower ? byLower! : byLower === undefined ? byLemma : new Set([...byLower, ...byLemma]);
      for (const trigger of candidates) {
        const matched = matchWords(tokens, trigger.words, t, to, wordMatches);
        if (!matched) continue;
        const end = matched[matched.length - 1] + 1;
        // "the concessions Maduro had agreed to.": a stranded preposition has lost what the pattern is about.
        if (isStranded(tokens, end, to)) continue;
        if (end - t === 1 && isAttributive(tokens, t, from, to)) continue;
        const pattern = trigger.pattern;
        if (pattern.pos && !matched.some((i) => tokens.pos[i] === pattern.pos || pattern.pos === 'NOUN' && tokens.pos[i] === 'PROPN')) continue;
        const before = Math.max(from, t - UNLESS_WINDOW);
        if (hasWordWithin(trigger.unlessFollowedBy, end, Math.min(to, end + UNLESS_WINDOW), wordMatches)) continue;
        if (hasWordWithin(trigger.unlessPrecededBy, before, t, wordMatches)) continue;
        if (trigger.precededBy.size > 0 && !hasWordWithin(trigger.precededBy, before, t, wordMatches)) continue;
        let nearEnd = -1;
        let scan = end;
        let ok = true;
        for (const set of trigger.near) {
          let found = -1;
          for (let i = scan; i < Math.min(to, end + pattern.window); i++) {
            const size = wordMatches(set, i);
            if (size > 0) { found = i + size - 1; break; }
          }
          if (found < 0) { ok = false; break; }
          nearEnd = found;
          scan = found + 1;
        }
        if (!ok) continue;
        const background = backgroundReason(tokens, t, end, from, to, pattern.recipient.includes('object'));
        matches.push({ match: { pattern, tokenStart: t, tokenEnd: end, nearEnd, ...(background ? { background } : {}) }, words: matched.length });
      }
    }
    // At one position, the longer or more specific trigger wins ("phone call" over "call", "launched * air
    // strikes" over "launched * strikes": fewer words left to a gap).
    matches.sort((a, b) => a.match.tokenStart - b.match.tokenStart || (b.match.tokenEnd - a.match.tokenEnd) || b.words - a.words
      || b.match.pattern.near.length - a.match.pattern.near.length || b.match.pattern.cameo.length - a.match.pattern.cameo.length);
    // A pattern owns the words it needed: "invitation from Maduro to visit" is one event, not two.
    const extent = (m: TriggerMatch) => Math.max(m.tokenEnd, m.nearEnd + 1);
    const kept: TriggerMatch[] = [];
    const background: TriggerMatch[] = [];
    for (const { match } of matches) {
      if ([...kept, ...background].some((k) => match.tokenStart < extent(k) && k.tokenStart < match.tokenEnd)) continue;
      // "accused Iran of attacking Iraq": what an accusation, demand or threat is about is its content, not another event.
      // A background participle's content ends at the sentence's own verb ("men accused of killing X", but "officials
      // accused by Washington of corruption met …").
      const governs = (k: TriggerMatch) => k.pattern.scope === 'clause' && k.tokenEnd <= match.tokenStart
        && match.tokenStart < (k.background ? Math.min(clauseEnd(tokens, k.tokenEnd, to), nextFiniteVerb(tokens, k.tokenEnd, to)) : clauseEnd(tokens, k.tokenEnd, to));
      if ([...kept, ...background].some(governs)) continue;
      // Background neither codes nor governs: "officials accused by Washington of corruption met the minister" still meets.
      (match.background ? background : kept).push(match);
    }
    return [...kept, ...background].sort((a, b) => a.tokenStart - b.tokenStart);
  }
}

/** Token indexes the trigger's words matched, gaps left out; null when it does not match at `start`. */
function matchWords(tokens: TokenTable, words: TriggerWord[], start: number, to: number, wordMatches: WordMatcher): number[] | null {
  const step = (w: number, t: number): number[] | null => {
    if (w === words.length) return [];
    const word = words[w];
    if (word === 'gap') {
      // The shortest gap that lets the rest match.
      for (let skip = 0; skip <= GAP_LIMIT; skip++) {
        if (skip > 0 && (t + skip - 1 >= to || !skippable(tokens, t + skip - 1))) return null;
        const rest = step(w + 1, t + skip);
        if (rest) return rest;
      }
      return null;
    }
    const size = wordMatches(word, t);
    if (size === 0) return null;
    const rest = step(w + 1, t + size);
    return rest ? [t, ...(size > 1 ? [t + size - 1] : []), ...rest] : null;
  };
  return step(0, start);
}

/** Adverb particles end a phrasal verb, not a preposition's phrase: "the government backed down." */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'away', 'aside']);

const isStranded = (tokens: TokenTable, end: number, to: number) =>
  (tokens.pos[end - 1] === 'ADP' || tokens.pos[end - 1] === 'PART') && (end >= to || tokens.pos[end] === 'PUNCT')
  && !PARTICLES.has(tokens.lower[end - 1]) && tokens.text[end - 2] !== '-';

/** "the detained journalists", "two kidnapped engineers": a participle that describes a noun is no event of its own. */
const isAttributive = (tokens: TokenTable, t: number, from: number, to: number) =>
  (tokens.lower[t].endsWith('ed') || tokens.pos[t] === 'ADJ') && t > from && t + 1 < to
  && ['DET', 'ADJ', 'NUM'].includes(tokens.pos[t - 1]) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens.pos[t + 1]);

/** A gap skips modifiers, participles among them ("released two kidnapped soldiers"). */
const skippable = (tokens: TokenTable, t: number) =>
  GAP_POS.has(tokens.pos[t]) || tokens.text[t] === '-' || tokens.lower[t].endsWith('ed') && ['NOUN', 'PROPN', 'ADJ'].includes(tokens.pos[t + 1]);

function hasWordWithin(words: Set<string>, from: number, to: number, wordMatches: WordMatcher): boolean {
  if (words.size === 0) return false;
  for (let t = from; t < to; t++) if (wordMatches(words, t) > 0) return true;
  return false;
}

const SCOPE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?', 'but', 'while', 'whereas', 'although', 'though', 'after', 'before', 'when', 'because']);

/**
 * Where a governing trigger's content ends: at punctuation, a contrasting or temporal
 * conjunction, or "and" before a finite verb ("condemned the raid and recalled its envoy").
 */
function clauseEnd(tokens: TokenTable, from: number, to: number): number {
  for (let t = from; t < to; t++) {
    if (SCOPE_BREAKS.has(tokens.lower[t])) return t;
    if (tokens.lower[t] === 'and' && t + 1 < to && isFiniteVerb(tokens, t + 1)) return t;
  }
  return to;
}

/** The first verb after `from` that is no gerund or infinitive: the verb of the sentence a participle phrase leads to. */
function nextFiniteVerb(tokens: TokenTable, from: number, to: number): number {
  for (let t = from; t < to; t++) {
    if ((tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX') && !tokens.lower[t].endsWith('ing') && tokens.lower[t - 1] !== 'to') return t;
  }
  return to;
}

/** An inflected verb form ("recalled", "met", "says"), not a bare infinitive ("and release"). */
const isFiniteVerb = (tokens: TokenTable, t: number) =>
  tokens.pos[t] === 'VERB' && tokens.lower[t] !== tokens.lemma[t].toLowerCase() && !tokens.lower[t].endsWith('ing');
