// Patterns compiled once: each trigger phrase becomes a list of word alternatives, indexed
// by the alternatives of its first word so a token looks up only the patterns it can start.
// A word ending in "?" may be missing ("signed an? agreement"); "*" skips up to four
// modifiers ("launched * strikes" fires on "launched new Israeli air strikes"). The tokenizer
// splits "cease-fire" into three tokens; a hyphenated word matches them as one.
import type { TokenTable } from '../doc/token-table.js';
import type { EventPattern } from './pattern.js';

/** One element of a compiled trigger: a set of word alternatives, or a gap of modifiers. */
type TriggerWord = Set<string> | 'gap';

export interface CompiledTrigger {
  pattern: EventPattern;
  words: TriggerWord[];
  near: Set<string>[];
  unlessFollowedBy: Set<string>;
  unlessPrecededBy: Set<string>;
  precededBy: Set<string>;
  /**
   * No alternative of the first word has a hyphen: such a trigger is found only under a token's
   * own form or lemma, so its first word matches that one token.
   */
  plainFirst: boolean;
}

export interface TriggerMatch {
  pattern: EventPattern;
  tokenStart: number;
  tokenEnd: number;
  /** Token index of the last `near` word found, if the pattern has any. */
  nearEnd: number;
}

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
          const compiled = { pattern, words, near, ...context, plainFirst: ![...first].some((word) => word.includes('-')) };
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

  /** Candidates by lower-cased form and by lemma, merged once per pair of lists. */
  private readonly unions = new Map<CompiledTrigger[], Map<CompiledTrigger[], CompiledTrigger[]>>();

  /** The triggers token `t` may start, by its lower-cased form then its lemma (each once); undefined for none. */
  private candidatesAt(tokens: TokenTable, t: number): CompiledTrigger[] | undefined {
    const lower = tokens.lower[t];
    const lemma = tokens.lemma[t];
    const byLower = this.byFirstWord.get(lower);
    // Most lemmas are the word as written: one lookup then.
    const byLemma = lemma === lower ? byLower : this.byFirstWord.get(lemma);
    if (byLemma === undefined || byLemma === byLower) return byLower;
    if (byLower === undefined) return byLemma;
    let withLower = this.unions.get(byLower);
    if (withLower === undefined) this.unions.set(byLower, (withLower = new Map()));
    let union = withLower.get(byLemma);
    if (union === undefined) withLower.set(byLemma, (union = [...new Set([...byLower, ...byLemma])]));
    return union;
  }

  /** Whether some trigger may start at token `t` (its form or lemma starts one); the words after are not checked. */
  mayStartAt(tokens: TokenTable, t: number): boolean {
    return this.candidatesAt(tokens, t) !== undefined;
  }

  /** All pattern matches in [from, to), longest first at each position. */
  match(tokens: TokenTable, from: number, to: number): TriggerMatch[] {
    const matches: { match: TriggerMatch; words: number }[] = [];
    for (let t = from; t < to; t++) {
      const candidates = this.candidatesAt(tokens, t);
      // Most tokens start no pattern.
      if (candidates === undefined) continue;
      for (const trigger of candidates) {
        const matched = matchWords(tokens, trigger, t, to);
        if (!matched) continue;
        const end = matched[matched.length - 1] + 1;
        // "the concessions Maduro had agreed to.": a stranded preposition has lost what the pattern is about.
        if (isStranded(tokens, end, to)) continue;
        const pattern = trigger.pattern;
        if (pattern.pos && !hasPos(tokens, matched, pattern.pos)) continue;
        const before = Math.max(from, t - UNLESS_WINDOW);
        if (hasWordWithin(tokens, trigger.unlessFollowedBy, end, Math.min(to, end + UNLESS_WINDOW), to)) continue;
        if (hasWordWithin(tokens, trigger.unlessPrecededBy, before, t, to)) continue;
        if (trigger.precededBy.size > 0 && !hasWordWithin(tokens, trigger.precededBy, before, t, to)) continue;
        let nearEnd = -1;
        let scan = end;
        let ok = true;
        for (const set of trigger.near) {
          let found = -1;
          for (let i = scan; i < Math.min(to, end + pattern.window); i++) {
            const size = wordMatches(tokens, set, i, to);
            if (size > 0) { found = i + size - 1; break; }
          }
          if (found < 0) { ok = false; break; }
          nearEnd = found;
          scan = found + 1;
        }
        if (!ok) continue;
        matches.push({ match: { pattern, tokenStart: t, tokenEnd: end, nearEnd }, words: matched.length });
      }
    }
    if (matches.length === 0) return [];
    // At one position, the longer or more specific trigger wins ("phone call" over "call", "launched * air
    // strikes" over "launched * strikes": fewer words left to a gap).
    matches.sort((a, b) => a.match.tokenStart - b.match.tokenStart || (b.match.tokenEnd - a.match.tokenEnd) || b.words - a.words
      || b.match.pattern.near.length - a.match.pattern.near.length || b.match.pattern.cameo.length - a.match.pattern.cameo.length);
    // A pattern owns the words it needed: "invitation from Maduro to visit" is one event, not two.
    const extent = (m: TriggerMatch) => Math.max(m.tokenEnd, m.nearEnd + 1);
    const kept: TriggerMatch[] = [];
    for (const { match } of matches) {
      if (kept.some((k) => match.tokenStart < extent(k) && k.tokenStart < match.tokenEnd)) continue;
      kept.push(match);
    }
    return kept.sort((a, b) => a.tokenStart - b.tokenStart);
  }
}

/** Token indexes the trigger's words matched, gaps left out; null when it does not match at `start` (where the index found it). */
function matchWords(tokens: TokenTable, trigger: CompiledTrigger, start: number, to: number): number[] | null {
  matchedScratch[0] = start;
  const count = trigger.plainFirst ? matchFrom(tokens, trigger.words, 1, start + 1, to, 1) : matchFrom(tokens, trigger.words, 0, start, to, 0);
  return count < 0 ? null : matchedScratch.slice(0, count);
}

/** Reused by every match: most candidates fail on their second word, and then nothing is allocated. */
const matchedScratch: number[] = [];

/**
 * Matches words[w..] from token `t`, writing the matched token indexes into `matchedScratch` from
 * `count` on; the number written in all, or -1 when they do not match.
 */
function matchFrom(tokens: TokenTable, words: TriggerWord[], w: number, t: number, to: number, count: number): number {
  if (w === words.length) return count;
  const word = words[w];
  if (word === 'gap') {
    // The shortest gap that lets the rest match.
    for (let skip = 0; skip <= GAP_LIMIT; skip++) {
      if (skip > 0 && (t + skip - 1 >= to || !skippable(tokens, t + skip - 1))) return -1;
      const rest = matchFrom(tokens, words, w + 1, t + skip, to, count);
      if (rest >= 0) return rest;
    }
    return -1;
  }
  const size = wordMatches(tokens, word, t, to);
  if (size === 0) return -1;
  matchedScratch[count++] = t;
  if (size > 1) matchedScratch[count++] = t + size - 1;
  return matchFrom(tokens, words, w + 1, t + size, to, count);
}

/** How many tokens a word's alternatives match at `t`: 1, 3 for "cease - fire", or 0 for none. */
function wordMatches(tokens: TokenTable, set: Set<string>, t: number, to: number): number {
  if (t >= to) return 0;
  if (t + 2 < to && tokens.text[t + 1] === '-' && set.has(`${tokens.lower[t]}-${tokens.lower[t + 2]}`)) return 3;
  return set.has(tokens.lower[t]) || set.has(tokens.lemma[t]) ? 1 : 0;
}

/** Whether a matched token has the pattern's part of speech (a noun pattern takes a proper noun too). */
function hasPos(tokens: TokenTable, matched: number[], pos: string): boolean {
  for (const i of matched) if (tokens.pos[i] === pos || (pos === 'NOUN' && tokens.pos[i] === 'PROPN')) return true;
  return false;
}

/** Adverb particles end a phrasal verb, not a preposition's phrase: "the government backed down." */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'away', 'aside']);

const isStranded = (tokens: TokenTable, end: number, to: number) =>
  (tokens.pos[end - 1] === 'ADP' || tokens.pos[end - 1] === 'PART') && (end >= to || tokens.pos[end] === 'PUNCT')
  && !PARTICLES.has(tokens.lower[end - 1]) && tokens.text[end - 2] !== '-';

/** A gap skips modifiers, participles among them ("released two kidnapped soldiers"). */
const skippable = (tokens: TokenTable, t: number) =>
  GAP_POS.has(tokens.pos[t]) || tokens.text[t] === '-' || tokens.lower[t].endsWith('ed') && ['NOUN', 'PROPN', 'ADJ'].includes(tokens.pos[t + 1]);

/** Whether a word of `words` matches in [from, until); `to` is the sentence's end. */
function hasWordWithin(tokens: TokenTable, words: Set<string>, from: number, until: number, to: number): boolean {
  if (words.size === 0) return false;
  for (let t = from; t < until; t++) if (wordMatches(tokens, words, t, to) > 0) return true;
  return false;
}
