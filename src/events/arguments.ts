// Who did it and to whom, read off the sentence around a trigger: subject on the left
// (not a possessive, not the object of a preposition), recipient on the right after the
// pattern's preposition or as the direct object; "A and B" and "A along with B" expand.
import type { ActorMention } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import type { TriggerMatch } from './trigger-index.js';

const CLAUSE_BREAKS = new Set([';', '—', '–', ':', 'but', 'however', 'while', 'although', 'because', 'when', 'after', 'before', 'which', 'who', 'whom', 'where', '“', '”', '"']);
const PREPOSITIONS = new Set(['with', 'to', 'from', 'of', 'by', 'about', 'for', 'against', 'on', 'in', 'at', 'into', 'upon', 'over', 'toward', 'towards', 'between', 'among', 'targeting', 'regarding', 'as']);
const SKIPPABLE_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PART']);
const COORDINATORS = ['along with', 'together with', 'as well as', 'alongside'];

export interface Arguments {
  actors: ActorMention[];
  recipient: ActorMention | null;
}

export function findArguments(tokens: TokenTable, mentions: readonly ActorMention[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): Arguments {
  const pattern = match.pattern;
  // Outlets report and anonymous sources ("three sources familiar with the call") tell: neither codes to an actor.
  const inSentence = mentions.filter((m) => m.tokenStart >= sentenceStart && m.tokenEnd <= sentenceEnd && m.identity.kind !== 'outlet' && codes(m));
  let actors: ActorMention[] = [];
  let recipient: ActorMention | null = null;

  const passiveAgent = isPassive(tokens, match) ? inSentence.find((m) => m.tokenStart > match.tokenEnd && tokens.lower[m.tokenStart - 1] === 'by' && m.tokenStart - match.tokenEnd <= 3) : undefined;
  if (passiveAgent) {
    actors = [passiveAgent];
    recipient = subjectOf(tokens, inSentence, match.tokenStart, sentenceStart);
    return { actors, recipient };
  }

  if (pattern.actor === 'modifier') {
    const modifier = inSentence.find((m) => m.tokenEnd === match.tokenStart || m.tokenEnd === match.tokenStart - 1 && tokens.pos[match.tokenStart - 1] === 'ADJ');
    if (modifier) actors = [modifier];
  } else if (pattern.actor === 'subject') {
    const possessor = tokens.pos[match.tokenStart] === 'NOUN' || pattern.pos === 'NOUN'
      ? inSentence.find((m) => m.possessive && possessorOf(tokens, m, match.tokenStart))
      : undefined;
    const subject = possessor ?? subjectOf(tokens, inSentence, match.tokenStart, sentenceStart);
    if (subject) {
      const compound = coordinatedBefore(tokens, inSentence, subject);
      // "Trump and Maduro had spoken": a symmetric event between the coordinated subjects.
      if (compound.length > 0 && pattern.pos !== 'NOUN' && SYMMETRIC_CODES.has(pattern.cameo.slice(0, 3))) {
        recipient = subject;
        actors = compound;
      } else {
        actors = [...compound, subject];
      }
    }
  }

  for (const slot of recipient ? [] : pattern.recipient) {
    recipient = slot === 'owner' ? ownerBefore(tokens, inSentence, match.nearEnd) : recipientAfter(tokens, inSentence, match.tokenEnd, sentenceEnd, slot);
    if (recipient) break;
  }
  if (pattern.actor === 'subject' || pattern.actor === 'modifier') actors.push(...coordinatedAfter(tokens, inSentence, match.tokenEnd, sentenceEnd));
  actors = actors.filter((actor) => actor !== recipient && actor.entity !== recipient?.entity);
  return { actors, recipient };
}

const SYMMETRIC_CODES = new Set(['040', '041', '044', '046']);

/** "His demands", "Sessions's meeting", "Maduro's recent call": the owner right before a noun trigger. */
function possessorOf(tokens: TokenTable, mention: ActorMention, triggerStart: number): boolean {
  let t = mention.tokenEnd;
  if (/^['’]s?$/.test(tokens.text[t] ?? '')) t++;
  while (t < triggerStart && SKIPPABLE_POS.has(tokens.pos[t])) t++;
  return t === triggerStart;
}

/** The closest mention left of `from` in the same clause that heads its noun phrase. */
export function subjectOf(tokens: TokenTable, mentions: readonly ActorMention[], from: number, sentenceStart: number): ActorMention | null {
  let boundary = sentenceStart;
  for (let t = from - 1; t >= sentenceStart; t--) {
    if (CLAUSE_BREAKS.has(tokens.lower[t]) || tokens.lower[t] === 'that' && tokens.pos[t] === 'SCONJ') {
      boundary = t + 1;
      break;
    }
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention.tokenEnd > from || mention.tokenStart < boundary) continue;
    if (mention.possessive) continue;
    const before = tokens.lower[mention.tokenStart - 1];
    if (mention.tokenStart > sentenceStart && PREPOSITIONS.has(before)) continue;
    // "to ease Maduro from power": the object of another verb is not this clause's subject.
    if (mention.tokenStart > sentenceStart && (tokens.pos[mention.tokenStart - 1] === 'VERB' || tokens.pos[mention.tokenStart - 1] === 'DET' && tokens.pos[mention.tokenStart - 2] === 'VERB')) continue;
    return mention;
  }
  return null;
}

const codes = (m: ActorMention) => m.identity.name !== null || m.identity.country !== null || m.identity.sector !== null;

function recipientAfter(tokens: TokenTable, mentions: readonly ActorMention[], from: number, sentenceEnd: number, slot: string): ActorMention | null {
  const words = slot === 'object' ? [] : slot.split(' ');
  // "an invitation from Maduro": the trigger itself ends with the preposition.
  if (words.length > 0 && words.every((word, i) => tokens.lower[from - words.length + i] === word)) {
    return headMentionFrom(tokens, mentions, from, sentenceEnd);
  }
  let t = from;
  while (t < sentenceEnd && t < from + 12) {
    if (CLAUSE_BREAKS.has(tokens.lower[t]) || tokens.text[t] === ',' || tokens.text[t] === '.') return null;
    if (isCoordinator(tokens, t)) return null;
    if (words.length > 0 && words.every((word, i) => tokens.lower[t + i] === word)) {
      return headMentionFrom(tokens, mentions, t + words.length, sentenceEnd);
    }
    if (slot === 'object') {
      const mention = mentions.find((m) => m.tokenStart === t);
      if (mention) return headMentionFrom(tokens, mentions, t, sentenceEnd);
      if (!SKIPPABLE_POS.has(tokens.pos[t])) return null;
    }
    t++;
  }
  return null;
}

/** The mention starting at (or just after determiners at) `t`; a possessive hands over to what it owns. */
function headMentionFrom(tokens: TokenTable, mentions: readonly ActorMention[], t: number, sentenceEnd: number): ActorMention | null {
  while (t < sentenceEnd && SKIPPABLE_POS.has(tokens.pos[t]) && !mentions.some((m) => m.tokenStart === t)) t++;
  let mention = mentions.find((m) => m.tokenStart === t);
  while (mention?.possessive) {
    const owned = mentions.find((m) => m.tokenStart > mention!.tokenEnd && m.tokenStart <= mention!.tokenEnd + 3);
    if (!owned) return null;
    mention = owned;
  }
  return mention ?? null;
}

/** "U.S. sanctions": the mention right before the `near` word. */
function ownerBefore(tokens: TokenTable, mentions: readonly ActorMention[], nearEnd: number): ActorMention | null {
  if (nearEnd < 0) return null;
  return mentions.find((m) => m.tokenEnd === nearEnd || m.tokenEnd === nearEnd - 1 && SKIPPABLE_POS.has(tokens.pos[nearEnd - 1])) ?? null;
}

function isCoordinator(tokens: TokenTable, t: number): boolean {
  return COORDINATORS.some((phrase) => phrase.split(' ').every((word, i) => tokens.lower[t + i] === word));
}

/** "Trump and Maduro had spoken": mentions joined to the subject by "and" or commas. */
function coordinatedBefore(tokens: TokenTable, mentions: readonly ActorMention[], subject: ActorMention): ActorMention[] {
  const found: ActorMention[] = [];
  let head = subject;
  for (;;) {
    const joiner = tokens.lower[head.tokenStart - 1];
    if (joiner !== 'and' && joiner !== ',') break;
    const previous = mentions.find((m) => m.tokenEnd === head.tokenStart - 1 && !m.possessive);
    if (!previous) break;
    found.unshift(previous);
    head = previous;
  }
  return found;
}

/** "Giuliani was on the call along with then-Rep. Pete Sessions": co-actors after the trigger. */
function coordinatedAfter(tokens: TokenTable, mentions: readonly ActorMention[], from: number, sentenceEnd: number): ActorMention[] {
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

/** "was recognized by X", and the reduced relative "officials accused by Washington". */
function isPassive(tokens: TokenTable, match: TriggerMatch): boolean {
  return tokens.pos[match.tokenStart] === 'VERB' && tokens.lower[match.tokenEnd] === 'by' && tokens.lower[match.tokenStart].endsWith('ed');
}
