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

  // "Iran was attacked (on Monday by Israel)", "the envoy has been expelled": the subject is the one acted on.
  if (pattern.actor === 'subject' && isBePassive(tokens, match, sentenceStart)) {
    const agent = laterAgent(tokens, inSentence, match.tokenEnd, sentenceEnd);
    return { actors: agent ? [agent] : [], recipient: subjectOf(tokens, inSentence, match.tokenStart, sentenceStart) };
  }

  if (pattern.actor === 'modifier') {
    // "U.S. military operation": the mention may take in the trigger's first word ("military").
    const modifier = inSentence.find((m) => m.tokenEnd === match.tokenStart || m.tokenEnd === match.tokenStart - 1 && tokens.pos[match.tokenStart - 1] === 'ADJ')
      ?? inSentence.find((m) => m.tokenStart < match.tokenStart && m.tokenEnd > match.tokenStart && m.tokenEnd < match.tokenEnd);
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
    recipient = slot === 'owner' ? ownerBefore(tokens, inSentence, match.nearEnd)
      : slot === 'object' && objectInTrigger(inSentence, match) || recipientAfter(tokens, inSentence, match.tokenEnd, sentenceEnd, slot);
    if (recipient) break;
  }
  recipient ??= indirectObject(tokens, inSentence, match);
  // "talks between Ukraine and Russia": a noun's "between" names both parties, whoever hosts them.
  const pair = pattern.pos === 'NOUN' && pattern.recipient.includes('between') ? betweenPair(tokens, inSentence, match.tokenEnd, sentenceEnd) : null;
  if (pair) return { actors: [pair[0]], recipient: pair[1] };
  if (pattern.actor === 'subject' || pattern.actor === 'modifier') actors.push(...coordinatedAfter(tokens, inSentence, match.tokenEnd, sentenceEnd));
  actors = actors.filter((actor) => actor !== recipient && actor.entity !== recipient?.entity);
  return { actors, recipient };
}

// Acts two parties do together: "Iran and Russia agreed", "Greece and Turkey signed an accord".
const SYMMETRIC_CODES = new Set(['030', '036', '040', '041', '044', '046', '050', '057', '062']);

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
    if (mention.tokenStart > sentenceStart && PREPOSITIONS.has(before) && !isQuantityOf(tokens, mention.tokenStart - 1, sentenceStart)) continue;
    if (modifiesEarlierMention(tokens, mentions, mention, boundary)) continue;
    // "to ease Maduro from power": the object of another verb is not this clause's subject.
    if (mention.tokenStart > sentenceStart && (tokens.pos[mention.tokenStart - 1] === 'VERB' || tokens.pos[mention.tokenStart - 1] === 'DET' && tokens.pos[mention.tokenStart - 2] === 'VERB')) continue;
    return mention;
  }
  return null;
}

/** "Workers at the state oil company went on strike": the company sits in a phrase that modifies "Workers". */
function modifiesEarlierMention(tokens: TokenTable, mentions: readonly ActorMention[], mention: ActorMention, boundary: number): boolean {
  const limit = Math.max(boundary, mention.tokenStart - 4);
  let t = mention.tokenStart - 1;
  while (t > limit && (SKIPPABLE_POS.has(tokens.pos[t]) || tokens.pos[t] === 'NOUN')) t--;
  if (t <= boundary || !PREPOSITIONS.has(tokens.lower[t]) || tokens.lower[t] === 'of') return false;
  return mentions.some((m) => m.tokenEnd === t && m.tokenStart >= boundary && !m.possessive);
}

const QUANTITIES = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'group', 'groups', 'crowd', 'crowds', 'band', 'bands', 'number', 'some', 'many', 'most', 'all', 'several']);

/** "Thousands of protesters rallied": the "of" after a quantity does not make its noun a prepositional object. */
function isQuantityOf(tokens: TokenTable, of: number, sentenceStart: number): boolean {
  return tokens.lower[of] === 'of' && of > sentenceStart && (QUANTITIES.has(tokens.lower[of - 1]) || tokens.pos[of - 1] === 'NUM');
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
      if (!SKIPPABLE_POS.has(tokens.pos[t]) && !isParticipleModifier(tokens, t)) return null;
    }
    t++;
  }
  return null;
}

/** "two wounded protesters": a participle before a noun modifies it. */
const isParticipleModifier = (tokens: TokenTable, t: number) =>
  /(ed|en)$/.test(tokens.lower[t]) && (tokens.pos[t + 1] === 'NOUN' || tokens.pos[t + 1] === 'PROPN' || tokens.pos[t + 1] === 'ADJ');

/** The mention starting at (or just after determiners at) `t`; a possessive hands over to what it owns. */
function headMentionFrom(tokens: TokenTable, mentions: readonly ActorMention[], t: number, sentenceEnd: number): ActorMention | null {
  while (t < sentenceEnd && SKIPPABLE_POS.has(tokens.pos[t]) && !mentions.some((m) => m.tokenStart === t)) t++;
  let mention = mentions.find((m) => m.tokenStart === t);
  while (mention?.possessive) {
    const owned = mentions.find((m) => m.tokenStart > mention!.tokenEnd && m.tokenStart <= mention!.tokenEnd + 3);
    // "sanctions on Iran's oil sector", "an attempt on Putin's life": what is owned is no actor, so the owner is the one.
    if (!owned) return mention;
    mention = owned;
  }
  return mention ?? null;
}

/** "released two kidnapped Israeli soldiers": the trigger's last words are its object. */
function objectInTrigger(mentions: readonly ActorMention[], match: TriggerMatch): ActorMention | null {
  return mentions.find((m) => m.tokenEnd === match.tokenEnd && m.tokenStart > match.tokenStart) ?? null;
}

/** "between A and B" right after a noun trigger (or ending it): the two mentions. */
function betweenPair(tokens: TokenTable, mentions: readonly ActorMention[], from: number, sentenceEnd: number): [ActorMention, ActorMention] | null {
  const at = tokens.lower[from - 1] === 'between' ? from : tokens.lower[from] === 'between' ? from + 1 : -1;
  if (at < 0) return null;
  const first = headMentionFrom(tokens, mentions, at, sentenceEnd);
  if (!first || tokens.lower[first.tokenEnd] !== 'and') return null;
  const second = headMentionFrom(tokens, mentions, first.tokenEnd + 1, sentenceEnd);
  return second ? [first, second] : null;
}

const DITRANSITIVE = new Set(['give', 'offer', 'send', 'grant', 'promise', 'pledge', 'lend', 'sell', 'hand', 'owe']);

/** "offered Togo technical assistance", "gave Ukraine weapons": the one given to, right after the verb. */
function indirectObject(tokens: TokenTable, mentions: readonly ActorMention[], match: TriggerMatch): ActorMention | null {
  if (!DITRANSITIVE.has(tokens.lemma[match.tokenStart]) && !DITRANSITIVE.has(tokens.lower[match.tokenStart])) return null;
  return mentions.find((m) => m.tokenStart === match.tokenStart + 1 && m.tokenEnd < match.tokenEnd && !m.possessive && tokens.pos[m.tokenStart] === 'PROPN') ?? null;
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

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', 'getting', "'s", "'re"]);
const IRREGULAR_PARTICIPLES = new Set(['held', 'met', 'shot', 'struck', 'hit', 'cut', 'sent', 'fought', 'caught', 'kept', 'led', 'put', 'told', 'bought', 'sought', 'built', 'freed', 'beat', 'slain']);

/** "Iran was attacked", "has been accused of", "were reportedly detained": a participle after a form of "be". */
function isBePassive(tokens: TokenTable, match: TriggerMatch, sentenceStart: number): boolean {
  const verb = tokens.lower[match.tokenStart];
  if (!(verb.endsWith('ed') || verb.endsWith('en') || IRREGULAR_PARTICIPLES.has(verb))) return false;
  // "is prepared to negotiate", "was determined to settle": an adjective with its infinitive, not a passive.
  if (match.tokenEnd > match.tokenStart + 1 && tokens.lower[match.tokenStart + 1] === 'to') return false;
  let t = match.tokenStart - 1;
  if (t >= sentenceStart && tokens.pos[t] === 'ADV') t--;
  return t >= sentenceStart && BE_FORMS.has(tokens.lower[t]);
}

/** The "by" agent of a passive, a few words on in the same clause ("was attacked on Monday by Israel"). */
function laterAgent(tokens: TokenTable, mentions: readonly ActorMention[], from: number, sentenceEnd: number): ActorMention | null {
  for (let t = from; t < Math.min(sentenceEnd, from + 8); t++) {
    if (CLAUSE_BREAKS.has(tokens.lower[t]) || tokens.text[t] === ',') return null;
    if (tokens.lower[t] === 'by') return headMentionFrom(tokens, mentions, t + 1, sentenceEnd);
  }
  return null;
}

/** "was recognized by X", and the reduced relative "officials accused by Washington". */
function isPassive(tokens: TokenTable, match: TriggerMatch): boolean {
  return tokens.pos[match.tokenStart] === 'VERB' && tokens.lower[match.tokenEnd] === 'by' && tokens.lower[match.tokenStart].endsWith('ed');
}
