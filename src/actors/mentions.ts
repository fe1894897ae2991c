// Second pass: chunks become actor mentions. A name takes the titles and nationality
// written before it ("Venezuelan President Nicolás Maduro", "then-Rep. Pete Sessions");
// a group word takes its country or organisation ("U.S. officials", "White House officials").
import type { Sector } from '../contract.js';
import type { ActorIdentity, ActorMention, MentionForm, TokenSpan } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import type { Chunk } from './chunks.js';
import type { LexiconEntry, PersonRecord } from './lexicon.js';
import { inPlacePosition, type PlaceCues } from './place-position.js';
import { actorIdentity, actorMention } from './actor-mention.js';

type Entry<K extends LexiconEntry['kind']> = Extract<LexiconEntry, { kind: K }>;

const pick = <K extends LexiconEntry['kind']>(chunk: Chunk | undefined, kind: K): Entry<K> | undefined =>
  chunk?.entries.find((entry): entry is Entry<K> => entry.kind === kind);

/** Words allowed between a title and what it modifies: "personal attorney", "top U.S. officials". */
const MODIFIER_WORDS = new Set(['then', 'former', 'ex', '-', 'acting', 'top', 'senior', 'junior', 'vice', 'deputy', 'interim', 'outgoing', 'incoming', 'late', 'the', 'a', 'an', 'several', 'many', 'some', 'two', 'three', 'four', 'other', 'one', 'its', 'his', 'her', 'their']);

interface Modifiers {
  tokenStart: number;
  country: string | null;
  sector: Sector | null;
  organisation: Entry<'organisation'> | null;
  title: string | null;
  /** "Sessions spokesperson", "Trump's personal attorney": the name the title is held for. */
  principal: TokenSpan | null;
  /** "former", "ex-": the title was held once, so it says nothing about the actor's sector now. */
  former: boolean;
  /** First of the words kept in the title text ("former senior"), at or before tokenStart. */
  wordsStart: number;
}

/** Title case all through (a headline): capitals say nothing there about what is a name. */
export interface SentenceFacts {
  headline: boolean;
}

type RoleAt = (record: PersonRecord, date: string | null) => { sector: Sector | null; country: string | null };

/**
 * What the passes over one sentence share, built once per call. The steps below are module-level functions
 * over it rather than closures made per call: V8 then compiles each step on its own, and a rare path that
 * throws away compiled code recompiles only its own small step, not the whole pass with everything inlined.
 */
interface SentenceMentions {
  tokens: TokenTable;
  sentence: number;
  facts: SentenceFacts;
  date: string | null;
  lexiconRoleAt: RoleAt;
  placeCues: PlaceCues;
  chunkEndingAt: Map<number, Chunk>;
  chunkStartingAt: Map<number, Chunk>;
  /** Chunks already part of a mention, or ruled out as one. */
  consumed: Set<Chunk>;
  mentions: ActorMention[];
}

export function composeMentions(tokens: TokenTable, chunks: Chunk[], sentence: number, facts: SentenceFacts, date: string | null, lexiconRoleAt: RoleAt, placeCues: PlaceCues = NO_PLACE_CUES): ActorMention[] {
  const context: SentenceMentions = {
    tokens, sentence, facts, date, lexiconRoleAt, placeCues,
    chunkEndingAt: new Map(), chunkStartingAt: new Map(), consumed: new Set(), mentions: [],
  };
  for (const chunk of chunks) {
    context.chunkEndingAt.set(chunk.tokenEnd, chunk);
    context.chunkStartingAt.set(chunk.tokenStart, chunk);
  }
  // Names first: they claim the titles before them.
  for (const chunk of chunks) mentionName(context, chunk);
  // Right to left, so a head ("military") claims its modifier ("U.S.") before the modifier stands alone.
  for (let i = chunks.length - 1; i >= 0; i--) {
    if (!context.consumed.has(chunks[i])) mentionUnnamed(context, chunks[i]);
  }
  return context.mentions.sort(byTokenStart);
}

const byTokenStart = (a: ActorMention, b: ActorMention) => a.tokenStart - b.tokenStart;

function mention(context: SentenceMentions, tokenStart: number, tokenEnd: number, identity: ActorIdentity, rule: string, form: MentionForm, title: string | null, person: PersonRecord | null, principal: TokenSpan | null = null): ActorMention {
  const { tokens } = context;
  return actorMention({
    tokenStart, tokenEnd, sentence: context.sentence, identity: actorIdentity(identity), rule, form, title, person,
    possessive: tokenEnd < tokens.length && /^['’]s?$/.test(tokens.text[tokenEnd]),
    principal: principal ?? undefined,
  });
}

/** A known person or an unknown name, with the titles and nationality written before it. */
function mentionName(context: SentenceMentions, chunk: Chunk): void {
  const { tokens, consumed, mentions } = context;
  const person = pick(chunk, 'person');
  const isUnknownName = chunk.entries.length === 0;
  if (!person && !isUnknownName) return;
  if (isUnknownName && context.facts.headline) return;
  const modifiers = modifiersBefore(context, chunk.tokenStart);
  if (isUnknownName && !modifiers.title && inPlacePosition(tokens, chunk.tokenStart, chunk.tokenEnd, context.placeCues)) {
    consumed.add(chunk);
    return;
  }
  // "Iraqi Kurds", "Lebanese Christians": a plural after a nationality is a people, not a surname.
  if (isUnknownName && chunk.tokenEnd - chunk.tokenStart === 1 && !modifiers.title && modifiers.country && !modifiers.organisation && /\p{Ll}s$/u.test(tokens.text[chunk.tokenStart])) {
    consumed.add(chunk);
    mentions.push(mention(context, modifiers.tokenStart, chunk.tokenEnd, { name: null, country: modifiers.country, sector: null, kind: 'group' }, 'actors.people.v1', 'people', tokensText(tokens, modifiers.tokenStart, chunk.tokenEnd), null));
    return;
  }
  if (isUnknownName && chunk.tokenEnd - chunk.tokenStart < 2 && !modifiers.title) {
    // A lone unknown capitalised word may still be a surname: coreference decides later.
    mentions.push(mention(context, chunk.tokenStart, chunk.tokenEnd, { name: tokensText(tokens, chunk.tokenStart, chunk.tokenEnd), country: null, sector: null, kind: 'person' }, 'actors.surname-candidate.v1', 'surname-candidate', null, null));
    consumed.add(chunk);
    return;
  }
  consumed.add(chunk);
  const record = person?.person ?? null;
  const role = record ? context.lexiconRoleAt(record, context.date) : null;
  const textualRole = modifiers.title !== null && modifiers.sector !== null && !modifiers.former;
  mentions.push(mention(
    context,
    modifiers.tokenStart,
    chunk.tokenEnd,
    {
      name: record?.name ?? tokensText(tokens, chunk.tokenStart, chunk.tokenEnd),
      country: modifiers.country ?? role?.country ?? partyStateCountry(tokens, chunk.tokenEnd),
      sector: textualRole ? modifiers.sector : role?.sector ?? (modifiers.former ? null : modifiers.sector),
      kind: 'person',
    },
    record ? (modifiers.title ? 'actors.titled-known-person.v1' : 'actors.known-person.v1') : 'actors.titled-name.v1',
    modifiers.title ? 'titled-name' : 'name',
    modifiers.title,
    record,
    modifiers.principal,
  ));
}

/** A chunk no name claimed: a title or group word, an organisation, a state, or a nationality. */
function mentionUnnamed(context: SentenceMentions, chunk: Chunk): void {
  const { tokens, consumed, mentions } = context;
  const title = pick(chunk, 'title');
  const organisation = pick(chunk, 'organisation');
  const country = pick(chunk, 'country');
  const place = pick(chunk, 'place');
  const demonym = pick(chunk, 'demonym');
  const people = pick(chunk, 'people');
  if (title) {
    mentionTitle(context, chunk, title);
  } else if (organisation) {
    consumed.add(chunk);
    const role = context.lexiconRoleAt(organisation.record, context.date);
    mentions.push(mention(context, chunk.tokenStart, chunk.tokenEnd,
      { name: organisation.name, country: role.country, sector: role.sector, kind: organisation.orgKind === 'outlet' ? 'outlet' : 'organisation' },
      'actors.organisation.v1', 'name', null, organisation.record));
  } else if (country) {
    consumed.add(chunk);
    mentions.push(mention(context, chunk.tokenStart, chunk.tokenEnd, { name: null, country: country.country, sector: null, kind: 'state' }, 'actors.country.v1', 'name', null, null));
  } else if (place && place.placeKind === 'capital-metonym') {
    consumed.add(chunk);
    mentions.push(mention(context, chunk.tokenStart, chunk.tokenEnd, { name: null, country: place.country, sector: 'GOV', kind: 'state' }, 'actors.capital-metonym.v1', 'name', null, null));
  } else if (people || demonym && standsAlone(tokens, chunk)) {
    // "The Palestinians broke off talks", "the French": a country's people.
    consumed.add(chunk);
    mentions.push(mention(context, chunk.tokenStart, chunk.tokenEnd, { name: null, country: (people ?? demonym)!.country, sector: null, kind: 'group' }, 'actors.people.v1', 'people', tokensText(tokens, chunk.tokenStart, chunk.tokenEnd), null));
  } else if (demonym) {
    mentionDemonym(context, chunk, demonym);
  }
}

/** A title or group word with no name after it: "the president of Armenia", "U.S. officials". */
function mentionTitle(context: SentenceMentions, chunk: Chunk, title: Entry<'title'>): void {
  const { tokens } = context;
  // "military aid", "military cooperation": a group word used as an adjective names no group.
  if (title.group && tokens.pos[chunk.tokenEnd - 1] === 'ADJ' && nounFollows(tokens, chunk.tokenEnd)) return;
  const modifiers = modifiersBefore(context, chunk.tokenStart);
  context.consumed.add(chunk);
  // "recognized Guaidó as president": a role predicated of someone, not a mention of anyone.
  if (modifiers.tokenStart === chunk.tokenStart && tokens.lower[chunk.tokenStart - 1] === 'as') return;
  const sector = modifiers.former ? null
    : title.group && modifiers.organisation && !title.sector ? modifiers.organisation.sector : title.sector ?? modifiers.sector ?? modifiers.organisation?.sector ?? null;
  // "the president of Armenia": the country a title is held for. "Security forces in Guinea", "opposition
  // groups in Zimbabwe": a group with no nationality of its own is of where it is.
  const located = modifiers.country ? null : countryOf(context, chunk.tokenEnd) ?? (title.group ? countryIn(context, chunk.tokenEnd) : null);
  context.mentions.push(mention(context, modifiers.tokenStart, chunk.tokenEnd,
    { name: null, country: modifiers.country ?? located, sector, kind: title.group ? 'group' : 'person' },
    title.group ? 'actors.group.v1' : 'actors.title-only.v1',
    title.group ? 'group' : 'title',
    tokensText(tokens, Math.min(modifiers.wordsStart, modifiers.tokenStart), chunk.tokenEnd), null, modifiers.principal));
}

/** A nationality that is not a people: it shares a partner's head, or stands for its country before a noun. */
function mentionDemonym(context: SentenceMentions, chunk: Chunk, demonym: Entry<'demonym'>): void {
  context.consumed.add(chunk);
  const partner = coordinatedPartner(context, chunk);
  if (partner) {
    // "Hungarian and Romanian officials": the first nationality shares the second's head noun.
    context.mentions.push(mention(context, chunk.tokenStart, chunk.tokenEnd, { ...partner.identity, country: demonym.country }, 'actors.coordinated-demonym.v1', 'nationality', partner.title, null));
  } else if (nounFollows(context.tokens, chunk.tokenEnd)) {
    // "Israeli jets", "an Australian ultimatum": the nationality of an unnamed thing stands for its country.
    context.mentions.push(mention(context, chunk.tokenStart, chunk.tokenEnd, { name: null, country: demonym.country, sector: null, kind: 'state' }, 'actors.demonym.v1', 'nationality', null, null));
  }
}

/** The name right before a title, bare ("Sessions spokesperson") or possessive ("Trump's attorney"). */
function principalBefore(context: SentenceMentions, titleStart: number): TokenSpan | null {
  const possessive = /^['’]s?$/.test(context.tokens.text[titleStart - 1] ?? '');
  const chunk = context.chunkEndingAt.get(possessive ? titleStart - 1 : titleStart);
  if (!chunk || !(pick(chunk, 'person') || pick(chunk, 'organisation') || chunk.entries.length === 0)) return null;
  return { tokenStart: chunk.tokenStart, tokenEnd: chunk.tokenEnd };
}

/** Titles, nationality and owner written before `start`, with the words that may sit between them. */
function modifiersBefore(context: SentenceMentions, start: number): Modifiers {
  const { tokens, chunkEndingAt, consumed } = context;
  const found: Modifiers = { tokenStart: start, country: null, sector: null, organisation: null, title: null, principal: null, former: false, wordsStart: start };
  let t = start;
  while (t > 0) {
    const chunk = chunkEndingAt.get(t);
    // "Poland's parliament", "the Palestinian Authority's foreign ministry": the owning state or body gives
    // the country (and a body its sector), and ends the phrase.
    const ownerChunk = !chunk && !found.country && !found.organisation && isPossessiveMark(tokens.text[t - 1]) ? chunkEndingAt.get(t - 1) : undefined;
    const owner = stateOf(ownerChunk);
    const owningBody = pick(ownerChunk, 'organisation');
    if (ownerChunk && (owner || owningBody && owningBody.orgKind !== 'outlet')) {
      found.country = owner?.country ?? owningBody!.country;
      found.organisation = owner ? null : owningBody!;
      consumed.add(ownerChunk);
      found.tokenStart = ownerChunk.tokenStart;
      break;
    }
    const title = pick(chunk, 'title');
    const country = pick(chunk, 'country') ?? pick(chunk, 'demonym');
    const organisation = pick(chunk, 'organisation');
    if (chunk && title && !found.country) {
      found.sector ??= title.sector;
      const titleText = tokensText(tokens, chunk.tokenStart, chunk.tokenEnd);
      found.title = found.title ? `${titleText} ${found.title}` : titleText;
      consumed.add(chunk);
      t = found.tokenStart = found.wordsStart = chunk.tokenStart;
      found.principal = principalBefore(context, t);
      if (found.principal) {
        const { tokenStart, tokenEnd } = found.principal;
        found.title = `${tokensText(tokens, tokenStart, tokenEnd)} ${found.title}`;
        break;
      }
    } else if (chunk && country && !found.country && !found.organisation) {
      found.country = country.country;
      consumed.add(chunk);
      t = found.tokenStart = chunk.tokenStart;
    } else if (chunk && organisation && !found.organisation && !found.country && tokens.text[t] !== "'s") {
      found.organisation = organisation;
      found.country = organisation.country;
      consumed.add(chunk);
      t = found.tokenStart = chunk.tokenStart;
    } else if (!chunk && !found.country && tokens.pos[t - 1] === 'NOUN' && /^\p{Ll}/u.test(tokens.text[t - 1]) && (pick(chunkEndingAt.get(t - 1), 'demonym') || pick(chunkEndingAt.get(t - 1), 'country'))) {
      // "French paper workers": a noun between the nationality and the role word is part of the role.
      found.wordsStart = t - 1;
      t--;
    } else if (MODIFIER_WORDS.has(tokens.lower[t - 1]) || tokens.pos[t - 1] === 'ADJ' && !chunk) {
      const word = tokens.lower[t - 1];
      if (word === 'then' || word === 'former') found.title = `${word} ${found.title ?? ''}`.trim();
      if (word === 'former' || word === 'ex') found.former = true;
      if (tokens.pos[t - 1] === 'ADJ' || word === 'former' || word === 'then' || word === 'senior' || word === 'top') found.wordsStart = t - 1;
      t--;
    } else {
      break;
    }
  }
  // Articles and quantifiers are not part of the actor's name.
  while (found.tokenStart < start && MODIFIER_WORDS.has(tokens.lower[found.tokenStart]) && !['then', 'former', '-'].includes(tokens.lower[found.tokenStart])) found.tokenStart++;
  return found;
}

/** "in Guinea", "throughout Indonesia": the country of a place named right after "in". */
function countryIn(context: SentenceMentions, t: number): string | null {
  const { tokens, chunkStartingAt } = context;
  if (!['in', 'throughout', 'across'].includes(tokens.lower[t])) return null;
  const next = chunkStartingAt.get(t + 1) ?? (tokens.lower[t + 1] === 'the' ? chunkStartingAt.get(t + 2) : undefined);
  const place = pick(next, 'place');
  return pick(next, 'country')?.country ?? (place && place.placeKind !== 'seat' ? place.country : null);
}

/** "of Armenia", "of the United States": the state named right after "of". */
function countryOf(context: SentenceMentions, t: number): string | null {
  const { tokens, chunkStartingAt } = context;
  if (tokens.lower[t] !== 'of') return null;
  return stateOf(chunkStartingAt.get(t + 1) ?? (tokens.lower[t + 1] === 'the' ? chunkStartingAt.get(t + 2) : undefined))?.country ?? null;
}

/** "the French", "the Chinese": a nationality after "the" with no noun of its own. */
function standsAlone(tokens: TokenTable, chunk: Chunk): boolean {
  return tokens.lower[chunk.tokenStart - 1] === 'the' && !nounFollows(tokens, chunk.tokenEnd)
    && !['ADJ', 'NOUN', 'PROPN'].includes(tokens.pos[chunk.tokenEnd]) && tokens.text[chunk.tokenEnd] !== '-';
}

/** The mention a nationality shares its head with: "Hungarian and Romanian officials", "Turkish, Greek and Cypriot negotiators". */
function coordinatedPartner(context: SentenceMentions, chunk: Chunk): ActorMention | undefined {
  const joiner = context.tokens.lower[chunk.tokenEnd];
  if (joiner !== 'and' && joiner !== ',' && joiner !== 'or') return undefined;
  return context.mentions.find((m) => m.tokenStart === chunk.tokenEnd + 1 && m.identity.country !== null && m.identity.name === null
    && (pick(context.chunkStartingAt.get(m.tokenStart), 'demonym') !== undefined));
}

const NO_PLACE_CUES: PlaceCues = { placeNouns: new Set(), motionWords: new Set() };

/** A common noun within a few adjectives: "jets", "air strikes", "peace plan"; not "-led", "Ocean" or a verb. */
function nounFollows(tokens: TokenTable, from: number): boolean {
  for (let t = from; t < Math.min(tokens.length, from + 3); t++) {
    if (tokens.pos[t] === 'NOUN' && /^\p{Ll}/u.test(tokens.text[t])) return true;
    if (tokens.pos[t] !== 'ADJ' || !/^\p{Ll}/u.test(tokens.text[t])) return false;
  }
  return false;
}

const isPossessiveMark = (text: string | undefined) => text !== undefined && /^['’]s?$/.test(text);

/** The state a chunk names: a country, or a capital that stands for its government ("Moscow's envoy"). */
function stateOf(chunk: Chunk | undefined): { country: string; chunk: Chunk } | null {
  const country = pick(chunk, 'country')?.country ?? (pick(chunk, 'place')?.placeKind === 'capital-metonym' ? pick(chunk, 'place')?.country : null);
  return chunk && country ? { country, chunk } : null;
}

/** "(R-Texas)" or "(D-N.Y.)" after a name: a U.S. party and state. */
function partyStateCountry(tokens: TokenTable, after: number): string | null {
  if (tokens.text[after] !== '(' || !/^[RDI]$/.test(tokens.text[after + 1] ?? '') || tokens.text[after + 2] !== '-') return null;
  return 'USA';
}

function tokensText(tokens: TokenTable, start: number, end: number): string {
  let text = '';
  for (let t = start; t < end; t++) text += (t > start && tokens.start[t] > tokens.end[t - 1] ? ' ' : '') + tokens.text[t];
  return text;
}
