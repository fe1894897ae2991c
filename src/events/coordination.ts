// Coordination and apposition: "Trump and Maduro", "met Manalo and President Marcos",
// "Giuliani … along with Sessions", "her counterpart, Penny Wong,".
import type { ActorMention } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import { headMentionFrom, isGoverned } from './noun-phrase.js';
import { CLAUSE_BREAKS, POSSESSIVE_DETERMINERS } from './word-classes.js';

/** Split once: callers ask at many tokens. */
const COORDINATORS = ['along with', 'together with', 'as well as', 'alongside'].map((phrase) => phrase.split(' '));

/** "along with", "together with", "as well as", "alongside" at `t`. */
export function isCoordinator(tokens: TokenTable, t: number): boolean {
  return COORDINATORS.some((words) => words.every((word, i) => tokens.lower[t + i] === word));
}

/** "who" or "which" between two positions: what follows continues only the mention before it. */
export function relativeBetween(tokens: TokenTable, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (tokens.lower[t] === 'who' || tokens.lower[t] === 'which') return true;
  return false;
}

/**
 * "Trump and Maduro had spoken": mentions joined to the subject by "and" or commas. An apposition
 * is one actor, named: "Joly and her Australian counterpart, Penny Wong," is Joly and Wong;
 * "Penny Wong, Australia's foreign minister," is Wong.
 */
export function coordinatedBefore(tokens: TokenTable, mentions: readonly ActorMention[], found: ActorMention): { subject: ActorMention; compound: ActorMention[] } {
  const compound: ActorMention[] = [];
  let subject = found;
  let head = found;
  for (;;) {
    // "the European Union (EU) agree": the abbreviation restates the name before it.
    if (tokens.text[head.tokenStart - 1] === '(' && tokens.text[head.tokenEnd] === ')') {
      const named = mentions.find((m) => m.tokenEnd === head.tokenStart - 1 && m.entity === head.entity);
      if (named) {
        if (head === subject) subject = named;
        head = named;
        continue;
      }
    }
    // "Dmitriev, Putin's envoy,": the owner before a title belongs to its phrase.
    const owner = /^['’]s?$/.test(tokens.text[head.tokenStart - 1] ?? '') ? mentions.find((m) => m.possessive && m.tokenEnd === head.tokenStart - 1) : undefined;
    const start = owner?.tokenStart ?? head.tokenStart;
    // "Joly and her counterpart", "the Philippines and the Central African Republic": the determiner belongs to the second conjunct.
    const at = POSSESSIVE_DETERMINERS.has(tokens.lower[start - 1]) || tokens.lower[start - 1] === 'the' ? start - 2 : start - 1;
    const joiner = tokens.lower[at];
    if (joiner !== 'and' && joiner !== ',') break;
    const previous = mentions.find((m) => m.tokenEnd === at && !m.possessive);
    // "In Bogotá, Venezuela praised", "After meeting Iran, Venezuela …": a phrase before the subject is no co-subject.
    if (!previous || joiner === ',' && isGoverned(tokens, mentions, previous)) break;
    if (joiner === ',' && head === subject && compound.length === 0 && isApposition(tokens, previous, head)) {
      if (previous.identity.name !== null) subject = previous;
    } else {
      compound.unshift(previous);
    }
    head = previous;
  }
  return { subject, compound };
}

/** "her counterpart, Penny Wong,", "Penny Wong, Australia's foreign minister,": one named person and one description, the second set off by commas. */
function isApposition(tokens: TokenTable, first: ActorMention, second: ActorMention): boolean {
  const named = (m: ActorMention) => m.identity.name !== null;
  return named(first) !== named(second) && first.identity.kind === 'person' && second.identity.kind === 'person' && closedByComma(tokens, second.tokenEnd);
}

/** "Putin's envoy for investment, met": the apposition's own phrase runs to a comma, with no verb on the way. */
function closedByComma(tokens: TokenTable, from: number): boolean {
  for (let t = from; t < from + 6 && t < tokens.length; t++) {
    if (tokens.text[t] === ',') return true;
    if (tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX' || tokens.pos[t] === 'PUNCT') return false;
  }
  return false;
}

/** "Giuliani was on the call along with then-Rep. Pete Sessions": co-actors after the trigger. */
export function coordinatedAfter(tokens: TokenTable, mentions: readonly ActorMention[], from: number, sentenceEnd: number): ActorMention[] {
  for (let t = from; t < Math.min(sentenceEnd, from + 6); t++) {
    if (CLAUSE_BREAKS.has(tokens.lower[t])) return [];
    if (!isCoordinator(tokens, t)) continue;
    let after = t + 1;
    while (after < sentenceEnd && tokens.lower[after] !== 'with' && tokens.lower[after] !== 'as' && after < t + 3) after++;
    const mention = headMentionFrom(tokens, mentions, after + 1, sentenceEnd) ?? mentions.find((m) => m.tokenStart > t && m.tokenStart <= t + 6);
    return mention ? [mention] : [];
  }
  return [];
}

/**
 * "met Manalo and President Marcos", "blows to the United States and Israel": mentions joined to the
 * recipient by "and" or commas. One followed by its own verb starts a new clause ("attacked Gaza and Hamas said").
 */
export function coordinatedRecipients(tokens: TokenTable, mentions: readonly ActorMention[], recipient: ActorMention, sentenceEnd: number): ActorMention[] {
  const found: ActorMention[] = [];
  let last = recipient;
  for (;;) {
    let t = last.tokenEnd;
    if (tokens.text[t] === ',') t++;
    if (tokens.lower[t] === 'and' || tokens.lower[t] === 'or') t++;
    if (t === last.tokenEnd) break;
    if (tokens.lower[t] === 'the' || POSSESSIVE_DETERMINERS.has(tokens.lower[t])) t++;
    const next = mentions.find((m) => m.tokenStart === t && !m.possessive);
    if (!next || next.tokenEnd < sentenceEnd && (tokens.pos[next.tokenEnd] === 'VERB' || tokens.pos[next.tokenEnd] === 'AUX')) break;
    found.push(next);
    last = next;
  }
  // "Ukraine and Kyiv": an unnamed state named twice is one recipient.
  const sameState = (m: ActorMention) => m.identity.name === null && recipient.identity.name === null && m.identity.country === recipient.identity.country;
  return found.filter((m) => m.entity !== recipient.entity && !sameState(m));
}
