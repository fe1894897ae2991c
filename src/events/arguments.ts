// Who did it and to whom, read off the sentence around a trigger: subject on the left
// (not a possessive, not the object of a preposition, not inside a relative clause set off by
// commas), recipient on the right (recipients.ts); "A and B" and "A along with B" expand
// (coordination.ts), and coordinated subjects of a cooperative act do it with each other.
import type { ActorMention } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import type { Lexicons } from '../lexicons.js';
import type { TriggerMatch } from './trigger-index.js';
import { isPastParticiple } from './background-clause.js';
import { coordinatedAfter, coordinatedBefore, coordinatedRecipients, relativeBetween } from './coordination.js';
import { headMentionFrom, isQuantityOf } from './noun-phrase.js';
import { betweenPair, complementRecipient, indirectObject, objectInTrigger, ownerBefore, recipientAfter } from './recipients.js';
import { CLAUSE_BREAKS, NP_MODIFIER_POS, OBJECT_START_POS, PREPOSITIONS, SKIPPABLE_POS } from './word-classes.js';

export interface Arguments {
  actors: ActorMention[];
  recipient: ActorMention | null;
  /** "Iran and Russia agreed to cooperate": each actor acts on each other one; `recipient` is null. */
  reciprocal?: boolean;
  /** "met Manalo and President Marcos": recipients coordinated with `recipient`, each its own event. */
  alsoRecipients?: ActorMention[];
}

/** What argument finding reads from the lexicons. */
export type ArgumentLexicons = Pick<Lexicons, 'events' | 'cameoTraits'>;

/**
 * `inSentence`: codingMentionsIn(mentions, sentenceStart, sentenceEnd), which a caller with several
 * triggers in one sentence computes once.
 */
export function findArguments(tokens: TokenTable, mentions: readonly ActorMention[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number,
  lexicons: ArgumentLexicons, inSentence: readonly ActorMention[] = codingMentionsIn(mentions, sentenceStart, sentenceEnd)): Arguments {
  const pattern = match.pattern;
  const clauseTakingVerbs = lexicons.events.clauseTakingVerbs;
  let actors: ActorMention[] = [];
  let recipient: ActorMention | null = null;

  const passiveAgent = isPassive(tokens, match) ? inSentence.find((m) => m.tokenStart > match.tokenEnd && tokens.lower[m.tokenStart - 1] === 'by' && m.tokenStart - match.tokenEnd <= 3) : undefined;
  if (passiveAgent) {
    actors = [passiveAgent];
    recipient = subjectOf(tokens, inSentence, match.tokenStart, sentenceStart, clauseTakingVerbs);
    return { actors, recipient };
  }

  // "Iran was attacked (on Monday by Israel)", "the envoy has been expelled": the subject is the one acted on.
  if (pattern.actor === 'subject' && isBePassive(tokens, match, sentenceStart)) {
    const agent = laterAgent(tokens, inSentence, match.tokenEnd, sentenceEnd);
    return { actors: agent ? [agent] : [], recipient: subjectOf(tokens, inSentence, match.tokenStart, sentenceStart, clauseTakingVerbs) };
  }

  if (pattern.actor === 'modifier') {
    // "U.S. military operation": the mention may take in the trigger's first word ("military").
    const modifier = inSentence.find((m) => m.tokenEnd === match.tokenStart || m.tokenEnd === match.tokenStart - 1 && tokens.pos[match.tokenStart - 1] === 'ADJ')
      ?? inSentence.find((m) => m.tokenStart < match.tokenStart && m.tokenEnd > match.tokenStart && m.tokenEnd < match.tokenEnd);
    if (modifier) actors = [modifier];
  } else if (pattern.actor === 'subject') {
    // "His demands", "the police killing of a teenager": the owner or the noun modifier of an event noun.
    const nominal = tokens.pos[match.tokenStart] === 'NOUN' || pattern.pos === 'NOUN' || tokens.lower[match.tokenStart].endsWith('ing') && tokens.pos[match.tokenStart - 1] === 'NOUN';
    const possessor = nominal
      ? inSentence.find((m) => m.possessive && possessorOf(tokens, m, match.tokenStart)) ?? inSentence.find((m) => !m.possessive && m.tokenEnd === match.tokenStart)
      : undefined;
    const found = possessor ?? nominalAgent(tokens, inSentence, match, sentenceEnd)
      ?? (isCircumstance(tokens, match, sentenceStart) ? null : subjectOf(tokens, inSentence, match.tokenStart, sentenceStart, clauseTakingVerbs));
    if (found) {
      // "Manalo and President Marcos, who thanked Tokyo": "who" continues only the name it follows.
      const { subject, compound } = found.tokenEnd < match.tokenStart && relativeBetween(tokens, found.tokenEnd, match.tokenStart)
        ? { subject: found, compound: [] }
        : coordinatedBefore(tokens, inSentence, found);
      actors = [...compound, subject];
    }
  }

  for (const slot of recipient ? [] : pattern.recipient) {
    recipient = slot === 'owner' ? ownerBefore(tokens, inSentence, match.nearEnd)
      : slot === 'object' && objectInTrigger(inSentence, match) || recipientAfter(tokens, inSentence, match.tokenEnd, sentenceEnd, slot);
    if (recipient) break;
  }
  recipient ??= indirectObject(tokens, inSentence, match);
  // "threatened to break relations with Russia", "offered to hand over to Great Britain": whom the intended act is for.
  recipient ??= complementRecipient(tokens, inSentence, match, sentenceEnd);
  // "threatened further action against Russia", "mobilized reservists for a war against Iraq": "against" names the target of any hostile act.
  if (!recipient && Number(pattern.cameo.slice(0, 2)) >= 10) recipient = recipientAfter(tokens, inSentence, match.tokenEnd, sentenceEnd, 'against', 15);
  // "talks between Ukraine and Russia": a noun's "between" names both parties, whoever hosts them.
  const pair = pattern.pos === 'NOUN' && pattern.recipient.includes('between') ? betweenPair(tokens, inSentence, match.tokenEnd, sentenceEnd) : null;
  if (pair) return { actors: [pair[0]], recipient: pair[1] };
  // "Trump and Maduro had spoken", "Greece and Turkey signed an accord": with no one else named, coordinated
  // subjects of a cooperative act do it with each other.
  // A verb with an object of its own ("Labour and the Conservatives are telephoning millions of people") is not done to each other.
  const parties = new Set(actors.map((actor) => actor.entity));
  const ownObject = pattern.recipient.includes('object') && OBJECT_START_POS.has(tokens.pos[match.tokenEnd]);
  if (!recipient && parties.size > 1 && pattern.pos !== 'NOUN' && !ownObject && lexicons.cameoTraits.has(pattern.cameo, 'reciprocal')) return { actors, recipient: null, reciprocal: true };
  if (pattern.actor === 'subject' || pattern.actor === 'modifier') actors.push(...coordinatedAfter(tokens, inSentence, match.tokenEnd, sentenceEnd));
  // "Greece demanded that its partners …": a recipient that is the actor again was found in the wrong place.
  if (recipient && actors.length > 0 && actors.every((actor) => actor.entity === recipient!.entity)) return { actors, recipient: null };
  actors = actors.filter((actor) => actor !== recipient && actor.entity !== recipient?.entity);
  const alsoRecipients = recipient ? coordinatedRecipients(tokens, inSentence, recipient, sentenceEnd).filter((r) => actors.every((a) => a.entity !== r.entity)) : [];
  return alsoRecipients.length > 0 ? { actors, recipient, alsoRecipients } : { actors, recipient };
}

/** Outlets report and anonymous sources ("three sources familiar with the call") tell: neither codes to an actor. */
export function codingMentionsIn(mentions: readonly ActorMention[], sentenceStart: number, sentenceEnd: number): ActorMention[] {
  return mentions.filter((m) => m.tokenStart >= sentenceStart && m.tokenEnd <= sentenceEnd && m.identity.kind !== 'outlet' && codes(m));
}

/** Prepositions that make an event noun a circumstance of another act: "responsible for the jailing", "amid the protests". */
const CIRCUMSTANCE_PREPOSITIONS = new Set(['for', 'over', 'about', 'against', 'after', 'before', 'since', 'during', 'despite', 'amid', 'following', 'of', 'from', 'into', 'behind', 'than']);

/**
 * "holds them responsible for the jailing of activists": an event noun governed by such a preposition
 * is not the act of the clause's subject, whose verb is another. Its actor can only be its owner.
 */
function isCircumstance(tokens: TokenTable, match: TriggerMatch, sentenceStart: number): boolean {
  let lead = match.tokenStart - 1;
  while (lead > sentenceStart && NP_MODIFIER_POS.has(tokens.pos[lead])) lead--;
  if (lead < sentenceStart || !CIRCUMSTANCE_PREPOSITIONS.has(tokens.lower[lead]) || isQuantityOf(tokens, lead, sentenceStart)) return false;
  // "after attacking Iran, Israel said": a gerund right after the preposition is a clause whose subject is the sentence's.
  return !(lead === match.tokenStart - 1 && tokens.lower[match.tokenStart].endsWith('ing'));
}

/** "whose killing by police", "the arrest of the activist by security forces": the agent of an event noun. */
function nominalAgent(tokens: TokenTable, mentions: readonly ActorMention[], match: TriggerMatch, sentenceEnd: number): ActorMention | null {
  for (let t = match.tokenStart; t < match.tokenEnd; t++) if (tokens.pos[t] !== 'NOUN' && !tokens.lower[t].endsWith('ing')) return null;
  for (let t = match.tokenEnd; t < Math.min(sentenceEnd, match.tokenEnd + 6); t++) {
    if (tokens.lower[t] === 'by') return headMentionFrom(tokens, mentions, t + 1, sentenceEnd);
    if (CLAUSE_BREAKS.has(tokens.lower[t]) || tokens.text[t] === ',' || tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX') return null;
  }
  return null;
}

/** "His demands", "Sessions's meeting", "Maduro's recent call": the owner right before a noun trigger. */
function possessorOf(tokens: TokenTable, mention: ActorMention, triggerStart: number): boolean {
  let t = mention.tokenEnd;
  if (/^['’]s?$/.test(tokens.text[t] ?? '')) t++;
  while (t < triggerStart && SKIPPABLE_POS.has(tokens.pos[t])) t++;
  return t === triggerStart;
}

/** The closest mention left of `from` in the same clause that heads its noun phrase; `clauseTakingVerbs` from lexicons/events. */
export function subjectOf(tokens: TokenTable, mentions: readonly ActorMention[], from: number, sentenceStart: number, clauseTakingVerbs: ReadonlySet<string>): ActorMention | null {
  let boundary = sentenceStart;
  for (let t = from - 1; t >= sentenceStart; t--) {
    if (CLAUSE_BREAKS.has(tokens.lower[t]) || tokens.lower[t] === 'that' && tokens.pos[t] === 'SCONJ') {
      boundary = t + 1;
      break;
    }
  }
  const aside = commaRelative(tokens, boundary, from);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention.tokenEnd > from || mention.tokenStart < boundary) continue;
    if (mention.possessive) continue;
    if (aside && mention.tokenStart >= aside[0] && mention.tokenEnd <= aside[1]) continue;
    // "through central Tbilisi", "at the state company": what governs the mention's noun phrase.
    let lead = mention.tokenStart - 1;
    while (lead > sentenceStart && lead >= mention.tokenStart - 3 && NP_MODIFIER_POS.has(tokens.pos[lead]) && !mentions.some((m) => m.tokenEnd === lead + 1)) lead--;
    if (lead >= sentenceStart && PREPOSITIONS.has(tokens.lower[lead]) && !isQuantityOf(tokens, lead, sentenceStart)) continue;
    if (modifiesEarlierMention(tokens, mentions, mention, boundary)) continue;
    // "to ease Maduro from power": the object of another verb is not this clause's subject; after
    // "said" or "believes" it is the subject of the clause reported ("said the two ministers agreed").
    if (lead >= sentenceStart && tokens.pos[lead] === 'VERB' && !clauseTakingVerbs.has(tokens.lemma[lead])) continue;
    return mention;
  }
  // "President Marcos, who thanked Tokyo": the subject of "who" is the mention it follows.
  const relative = boundary - 1;
  if (relative > sentenceStart && (tokens.lower[relative] === 'who' || tokens.lower[relative] === 'which')) {
    const end = tokens.text[relative - 1] === ',' ? relative - 1 : relative;
    return mentions.find((m) => m.tokenEnd === end && !m.possessive) ?? null;
  }
  return null;
}

/**
 * "The MP, who was expelled from Labour over his anti Iraq war stance, accused Ms King": the relative clause
 * set off by commas right before the verb, [comma, closing comma]; its mentions are not the verb's subject.
 */
function commaRelative(tokens: TokenTable, sentenceStart: number, from: number): [number, number] | null {
  let close = from - 1;
  while (close > sentenceStart && (tokens.pos[close] === 'ADV' || tokens.pos[close] === 'AUX' || tokens.pos[close] === 'PART')) close--;
  if (tokens.text[close] !== ',') return null;
  for (let t = close - 1; t > sentenceStart; t--) {
    if (tokens.text[t] === ',') return tokens.lower[t + 1] === 'who' || tokens.lower[t + 1] === 'which' ? [t, close] : null;
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

const codes = (m: ActorMention) => m.identity.name !== null || m.identity.country !== null || m.identity.sector !== null;

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', 'getting', "'s", "'re"]);

/** "Iran was attacked", "has been accused of", "were reportedly detained": a participle after a form of "be". */
function isBePassive(tokens: TokenTable, match: TriggerMatch, sentenceStart: number): boolean {
  const verb = tokens.lower[match.tokenStart];
  if (!isPastParticiple(verb)) return false;
  // "is prepared to negotiate", "was determined to settle": an adjective with its infinitive, not a passive.
  if (match.tokenEnd > match.tokenStart + 1 && tokens.lower[match.tokenStart + 1] === 'to') return false;
  let t = match.tokenStart - 1;
  if (t >= sentenceStart && tokens.pos[t] === 'ADV') t--;
  // "has been arrested and charged": a participle joined to a passive one is passive too.
  if ((tokens.lower[t] === 'and' || tokens.lower[t] === 'or') && t - 1 > sentenceStart && isPastParticiple(tokens.lower[t - 1])) {
    return isBePassive(tokens, { ...match, tokenStart: t - 1, tokenEnd: t }, sentenceStart);
  }
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
