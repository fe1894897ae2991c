// Patterns compiled once: each trigger phrase becomes a list of word alternatives, indexed
// by the alternatives of its first word so a token looks up only the patterns it can start.
import type { TokenTable } from '../doc/token-table.js';
import type { EventPattern } from './pattern.js';

export interface CompiledTrigger {
  pattern: EventPattern;
  words: Set<string>[];
  near: Set<string>[];
}

export interface TriggerMatch {
  pattern: EventPattern;
  tokenStart: number;
  tokenEnd: number;
  /** Token index of the last `near` word found, if the pattern has any. */
  nearEnd: number;
}

const alternatives = (word: string) => new Set(word.toLowerCase().split('|'));

export class TriggerIndex {
  private readonly byFirstWord = new Map<string, CompiledTrigger[]>();

  constructor(patterns: EventPattern[]) {
    for (const pattern of patterns) {
      const near = pattern.near.map(alternatives);
      for (const phrase of pattern.trigger) {
        const words = phrase.trim().split(/\s+/).map(alternatives);
        const compiled = { pattern, words, near };
        for (const first of words[0]) {
          const list = this.byFirstWord.get(first) ?? [];
          list.push(compiled);
          this.byFirstWord.set(first, list);
        }
      }
    }
  }

  /** All pattern matches in [from, to), longest first at each position. */
  match(tokens: TokenTable, from: number, to: number): TriggerMatch[] {
    const matches: TriggerMatch[] = [];
    const wordMatches = (set: Set<string>, t: number) => set.has(tokens.lower[t]) || set.has(tokens.lemma[t]);
    for (let t = from; t < to; t++) {
      const candidates = new Set([...(this.byFirstWord.get(tokens.lower[t]) ?? []), ...(this.byFirstWord.get(tokens.lemma[t]) ?? [])]);
      for (const trigger of candidates) {
        const end = t + trigger.words.length;
        if (end > to) continue;
        let ok = true;
        for (let i = 1; i < trigger.words.length && ok; i++) ok = wordMatches(trigger.words[i], t + i);
        if (!ok) continue;
        const pos = trigger.pattern.pos;
        if (pos) {
          let hasPos = false;
          for (let i = t; i < end; i++) hasPos ||= tokens.pos[i] === pos || pos === 'NOUN' && tokens.pos[i] === 'PROPN';
          if (!hasPos) continue;
        }
        let nearEnd = -1;
        let scan = end;
        for (const set of trigger.near) {
          let found = -1;
          for (let i = scan; i < Math.min(to, end + trigger.pattern.window); i++) {
            if (wordMatches(set, i)) { found = i; break; }
          }
          if (found < 0) { ok = false; break; }
          nearEnd = found;
          scan = found + 1;
        }
        if (!ok) continue;
        matches.push({ pattern: trigger.pattern, tokenStart: t, tokenEnd: end, nearEnd });
      }
    }
    // At one position, the longer or more specific trigger wins ("phone call" over "call").
    matches.sort((a, b) => a.tokenStart - b.tokenStart || (b.tokenEnd - a.tokenEnd) || b.pattern.near.length - a.pattern.near.length || b.pattern.cameo.length - a.pattern.cameo.length);
    // A pattern owns the words it needed: "invitation from Maduro to visit" is one event, not two.
    const extent = (m: TriggerMatch) => Math.max(m.tokenEnd, m.nearEnd + 1);
    const kept: TriggerMatch[] = [];
    for (const match of matches) {
      if (kept.some((k) => match.tokenStart < extent(k) && k.tokenStart < match.tokenEnd)) continue;
      kept.push(match);
    }
    return kept;
  }
}
