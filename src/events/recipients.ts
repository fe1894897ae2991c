// Where the recipient of an act is: after the pattern's preposition, as the direct object (or what
// that object belongs to), the one given to, the target of an intended act, "between A and B".
import type { ActorMention } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import type { TriggerMatch } from './trigger-index.js';
import { isCoordinator } from './coordination.js';
import { headMentionFrom } from './noun-phrase.js';
import { CLAUSE_BREAKS, SKIPPABLE_POS } from './word-classes.js';

export function recipientAfter(tokens: TokenTable, mentions: readonly ActorMention[], from: number, sentenceEnd: number, slot: string, reach = 12): ActorMention | null {
  const words = slot === 'object' ? [] : slot.split(' ');
  // "an invitation from Maduro": the trigger itself ends with the preposition.
  if (words.length > 0 && words.every((word, i) => tokens.lower[from - words.length + i] === word)) {
    return headMentionFrom(tokens, mentions, from, sentenceEnd);
  }
  let t = from;
  while (t < sentenceEnd && t < from + reach) {
    if (CLAUSE_BREAKS.has(tokens.lower[t]) || tokens.text[t] === ',' || tokens.text[t] === '.') return null;
    if (isCoordinator(tokens, t)) return null;
    if (words.length > 0 && words.every((word, i) => tokens.lower[t + i] === word)) {
      return headMentionFrom(tokens, mentions, t + words.length, sentenceEnd);
    }
    if (slot === 'object') {
      const mention = mentions.find((m) => m.tokenStart === t);
      if (mention) return headMentionFrom(tokens, mentions, t, sentenceEnd);
      // "arrested more than 100 Palestinians", "rejected on Thursday a U.N. appeal".
      const quantity = quantityWords(tokens, t);
      if (quantity > 0 || DAY_WORDS.has(tokens.lower[t])) {
        t += Math.max(quantity, 1);
        continue;
      }
      if (isParticipleModifier(tokens, t) || SKIPPABLE_POS.has(tokens.pos[t])) {
        t++;
        continue;
      }
      return tokens.pos[t] === 'NOUN' ? objectOwner(tokens, mentions, t, sentenceEnd) : null;
    }
    t++;
  }
  return null;
}

const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'again']);

/** "more than", "at least", "up to": words before a number that count, not name. */
function quantityWords(tokens: TokenTable, t: number): number {
  const [a, b] = [tokens.lower[t], tokens.lower[t + 1]];
  if ((a === 'more' || a === 'less' || a === 'fewer') && b === 'than' || a === 'at' && (b === 'least' || b === 'most') || a === 'up' && b === 'to') return 2;
  return 0;
}

/** Nouns for an act rather than a thing: "the killing of", "the release of" name whom the act befalls, not its author. */
const isEventNoun = (word: string) => /(ing|tion|sion|ment|ure|al)$/.test(word) || ['release', 'arrest', 'death', 'attack', 'murder', 'capture', 'return'].includes(word);

/** "rejected calls by Belarus's rulers", "shelled positions of the security forces": an object that is no actor names its author or owner. */
function objectOwner(tokens: TokenTable, mentions: readonly ActorMention[], t: number, sentenceEnd: number): ActorMention | null {
  let after = t;
  while (after < sentenceEnd && after < t + 3 && tokens.pos[after] === 'NOUN') after++;
  const preposition = tokens.lower[after];
  if (preposition === 'by' || preposition === 'from' || preposition === 'of' && !isEventNoun(tokens.lower[after - 1])) {
    return headMentionFrom(tokens, mentions, after + 1, sentenceEnd);
  }
  return null;
}

/** "two wounded protesters": a participle before a noun modifies it. */
const isParticipleModifier = (tokens: TokenTable, t: number) =>
  /(ed|en)$/.test(tokens.lower[t]) && (tokens.pos[t + 1] === 'NOUN' || tokens.pos[t + 1] === 'PROPN' || tokens.pos[t + 1] === 'ADJ');

/** "released two kidnapped Israeli soldiers": the trigger's last words are its object. */
export function objectInTrigger(mentions: readonly ActorMention[], match: TriggerMatch): ActorMention | null {
  return mentions.find((m) => m.tokenEnd === match.tokenEnd && m.tokenStart > match.tokenStart) ?? null;
}

/** "between A and B" right after a noun trigger (or ending it): the two mentions. */
export function betweenPair(tokens: TokenTable, mentions: readonly ActorMention[], from: number, sentenceEnd: number): [ActorMention, ActorMention] | null {
  const at = tokens.lower[from - 1] === 'between' ? from : tokens.lower[from] === 'between' ? from + 1 : -1;
  if (at < 0) return null;
  const first = headMentionFrom(tokens, mentions, at, sentenceEnd);
  if (!first || tokens.lower[first.tokenEnd] !== 'and') return null;
  const second = headMentionFrom(tokens, mentions, first.tokenEnd + 1, sentenceEnd);
  return second ? [first, second] : null;
}

/** Prepositions whose object an intended act is aimed at: "to break relations with Russia", "to send troops to Syria". */
const COMPLEMENT_PREPOSITIONS = ['with', 'to', 'against', 'from', 'on', 'into'];

/** The first party an infinitive after the trigger acts on: its object, else the object of a preposition of its clause. */
export function complementRecipient(tokens: TokenTable, mentions: readonly ActorMention[], match: TriggerMatch, sentenceEnd: number): ActorMention | null {
  const to = tokens.lower[match.tokenEnd - 1] === 'to' ? match.tokenEnd - 1 : tokens.lower[match.tokenEnd] === 'to' ? match.tokenEnd : -1;
  if (to < 0 || tokens.pos[to + 1] !== 'VERB') return null;
  const verb = to + 1;
  const object = recipientAfter(tokens, mentions, verb + 1, sentenceEnd, 'object');
  if (object) return object;
  for (let t = verb + 1; t < Math.min(sentenceEnd, verb + 10); t++) {
    if (CLAUSE_BREAKS.has(tokens.lower[t]) || tokens.text[t] === ',' || tokens.text[t] === '.') return null;
    if (COMPLEMENT_PREPOSITIONS.includes(tokens.lower[t])) {
      const mention = headMentionFrom(tokens, mentions, t + 1, sentenceEnd);
      if (mention) return mention;
    }
  }
  return null;
}

const DITRANSITIVE = new Set(['give', 'offer', 'send', 'grant', 'promise', 'pledge', 'lend', 'sell', 'hand', 'owe']);

/** "offered Togo technical assistance", "gave Ukraine weapons": the one given to, right after the verb. */
export function indirectObject(tokens: TokenTable, mentions: readonly ActorMention[], match: TriggerMatch): ActorMention | null {
  if (!DITRANSITIVE.has(tokens.lemma[match.tokenStart]) && !DITRANSITIVE.has(tokens.lower[match.tokenStart])) return null;
  return mentions.find((m) => m.tokenStart === match.tokenStart + 1 && m.tokenEnd < match.tokenEnd && !m.possessive && tokens.pos[m.tokenStart] === 'PROPN') ?? null;
}

/** "U.S. sanctions": the mention right before the `near` word. */
export function ownerBefore(tokens: TokenTable, mentions: readonly ActorMention[], nearEnd: number): ActorMention | null {
  if (nearEnd < 0) return null;
  return mentions.find((m) => m.tokenEnd === nearEnd || m.tokenEnd === nearEnd - 1 && SKIPPABLE_POS.has(tokens.pos[nearEnd - 1])) ?? null;
}
