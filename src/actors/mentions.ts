// Second pass: chunks become actor mentions. A name takes the titles and nationality
// written before it ("Venezuelan President Nicolás Maduro", "then-Rep. Pete Sessions");
// a group word takes its country or organisation ("U.S. officials", "White House officials").
import type { Sector } from '../contract.js';
import type { ActorIdentity, ActorMention, TokenSpan } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import type { Chunk } from './chunks.js';
import type { LexiconEntry, PersonRecord } from './lexicon.js';

type Entry<K extends LexiconEntry['kind']> = Extract<LexiconEntry, { kind: K }>;

const pick = <K extends LexiconEntry['kind']>(chunk: Chunk | undefined, kind: K): Entry<K> | undefined =>
  chunk?.entries.find((entry): entry is Entry<K> => entry.kind === kind);

/** Words allowed between a title and what it modifies: "personal attorney", "top U.S. officials". */
const MODIFIER_WORDS = new Set(['then', 'former', 'ex', '-', 'acting', 'top', 'senior', 'deputy', 'interim', 'outgoing', 'incoming', 'late', 'the', 'a', 'an', 'several', 'many', 'some', 'two', 'three', 'four', 'other', 'one', 'its', 'his', 'her', 'their']);

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

export function composeMentions(tokens: TokenTable, chunks: Chunk[], sentence: number, facts: SentenceFacts, date: string | null, lexiconRoleAt: (person: PersonRecord, date: string | null) => { sector: Sector | null; country: string | null }): ActorMention[] {
  const mentions: ActorMention[] = [];
  const consumed = new Set<Chunk>();
  const chunkEndingAt = new Map<number, Chunk>();
  for (const chunk of chunks) chunkEndingAt.set(chunk.tokenEnd, chunk);

  const mention = (tokenStart: number, tokenEnd: number, identity: ActorIdentity, rule: string, title: string | null, person: PersonRecord | null, principal: TokenSpan | null = null): ActorMention => ({
    tokenStart, tokenEnd, sentence, identity, entity: -1, rule, title, person,
    possessive: tokenEnd < tokens.length && /^['’]s?$/.test(tokens.text[tokenEnd]),
    ...(principal ? { principal } : {}),
  });

  /** The name right before a title, bare ("Sessions spokesperson") or possessive ("Trump's attorney"). */
  const principalBefore = (titleStart: number): TokenSpan | null => {
    const possessive = /^['’]s?$/.test(tokens.text[titleStart - 1] ?? '');
    const chunk = chunkEndingAt.get(possessive ? titleStart - 1 : titleStart);
    if (!chunk || !(pick(chunk, 'person') || pick(chunk, 'organisation') || chunk.entries.length === 0)) return null;
    return { tokenStart: chunk.tokenStart, tokenEnd: chunk.tokenEnd };
  };

  /** Titles, nationality and owner written before `start`, with the words that may sit between them. */
  const modifiersBefore = (start: number): Modifiers => {
    const found: Modifiers = { tokenStart: start, country: null, sector: null, organisation: null, title: null, principal: null, former: false, wordsStart: start };
    let t = start;
    while (t > 0) {
      const chunk = chunkEndingAt.get(t);
      const title = pick(chunk, 'title');
      const country = pick(chunk, 'country') ?? pick(chunk, 'demonym');
      const organisation = pick(chunk, 'organisation');
      if (chunk && title && !found.country) {
        found.sector ??= title.sector;
        found.title = found.title ? `${tokensText(tokens, chunk.tokenStart, chunk.tokenEnd)} ${found.title}` : tokensText(tokens, chunk.tokenStart, chunk.tokenEnd);
        consumed.add(chunk);
        t = found.tokenStart = found.wordsStart = chunk.tokenStart;
        found.principal = principalBefore(t);
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
  };

  // Names first: they claim the titles before them.
  for (const chunk of chunks) {
    const person = pick(chunk, 'person');
    const isUnknownName = chunk.entries.length === 0;
    if (!person && !isUnknownName) continue;
    if (isUnknownName && facts.headline) continue;
    const modifiers = modifiersBefore(chunk.tokenStart);
    if (isUnknownName && chunk.tokenEnd - chunk.tokenStart < 2 && !modifiers.title) {
      // A lone unknown capitalised word may still be a surname: coreference decides later.
      mentions.push(mention(chunk.tokenStart, chunk.tokenEnd, { name: tokensText(tokens, chunk.tokenStart, chunk.tokenEnd), country: null, sector: null, kind: 'person' }, 'actors.surname-candidate.v1', null, null));
      consumed.add(chunk);
      continue;
    }
    consumed.add(chunk);
    const record = person?.person ?? null;
    const role = record ? lexiconRoleAt(record, date) : null;
    const textualRole = modifiers.title !== null && modifiers.sector !== null && !modifiers.former;
    mentions.push(mention(
      modifiers.tokenStart,
      chunk.tokenEnd,
      {
        name: record?.name ?? tokensText(tokens, chunk.tokenStart, chunk.tokenEnd),
        country: modifiers.country ?? role?.country ?? partyStateCountry(tokens, chunk.tokenEnd),
        sector: textualRole ? modifiers.sector : role?.sector ?? (modifiers.former ? null : modifiers.sector),
        kind: 'person',
      },
      record ? (modifiers.title ? 'actors.titled-known-person.v1' : 'actors.known-person.v1') : 'actors.titled-name.v1',
      modifiers.title,
      record,
      modifiers.principal,
    ));
  }

  // Right to left, so a head ("military") claims its modifier ("U.S.") before the modifier stands alone.
  for (const chunk of [...chunks].reverse()) {
    if (consumed.has(chunk)) continue;
    const title = pick(chunk, 'title');
    const organisation = pick(chunk, 'organisation');
    const country = pick(chunk, 'country');
    const place = pick(chunk, 'place');
    if (title) {
      const modifiers = modifiersBefore(chunk.tokenStart);
      consumed.add(chunk);
      // "recognized Guaidó as president": a role predicated of someone, not a mention of anyone.
      if (modifiers.tokenStart === chunk.tokenStart && tokens.lower[chunk.tokenStart - 1] === 'as') continue;
      const sector = modifiers.former ? null
        : title.group && modifiers.organisation && !title.sector ? modifiers.organisation.sector : title.sector ?? modifiers.organisation?.sector ?? null;
      mentions.push(mention(modifiers.tokenStart, chunk.tokenEnd,
        { name: null, country: modifiers.country, sector, kind: title.group ? 'group' : 'person' },
        title.group ? 'actors.group.v1' : 'actors.title-only.v1',
        tokensText(tokens, Math.min(modifiers.wordsStart, modifiers.tokenStart), chunk.tokenEnd), null, modifiers.principal));
    } else if (organisation) {
      consumed.add(chunk);
      const role = lexiconRoleAt(organisation.record, date);
      mentions.push(mention(chunk.tokenStart, chunk.tokenEnd,
        { name: organisation.name, country: role.country, sector: role.sector, kind: organisation.orgKind === 'outlet' ? 'outlet' : 'organisation' },
        'actors.organisation.v1', null, organisation.record));
    } else if (country) {
      consumed.add(chunk);
      mentions.push(mention(chunk.tokenStart, chunk.tokenEnd, { name: null, country: country.country, sector: null, kind: 'state' }, 'actors.country.v1', null, null));
    } else if (place && place.placeKind === 'capital-metonym') {
      consumed.add(chunk);
      mentions.push(mention(chunk.tokenStart, chunk.tokenEnd, { name: null, country: place.country, sector: 'GOV', kind: 'state' }, 'actors.capital-metonym.v1', null, null));
    }
  }
  return mentions.sort((a, b) => a.tokenStart - b.tokenStart);
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
