// Second pass: chunks become actor mentions. A name takes the titles and nationality
// written before it ("Venezuelan President Nicolás Maduro", "then-Rep. Pete Sessions");
// a group word takes its country or organisation ("U.S. officials", "White House officials").
import type { Sector } from '../contract.js';
import type { ActorIdentity, ActorMention } from '../doc/layers.js';
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
}

export function composeMentions(tokens: TokenTable, chunks: Chunk[], sentence: number, date: string | null, lexiconRoleAt: (person: PersonRecord, date: string | null) => { sector: Sector | null; country: string | null }): ActorMention[] {
  const mentions: ActorMention[] = [];
  const consumed = new Set<Chunk>();
  const chunkEndingAt = new Map<number, Chunk>();
  for (const chunk of chunks) chunkEndingAt.set(chunk.tokenEnd, chunk);

  const mention = (tokenStart: number, tokenEnd: number, identity: ActorIdentity, rule: string, title: string | null, person: PersonRecord | null): ActorMention => ({
    tokenStart, tokenEnd, sentence, identity, entity: -1, rule, title, person,
    possessive: tokenEnd < tokens.length && /^['’]s?$/.test(tokens.text[tokenEnd]),
  });

  /** Titles, nationality and owner written before `start`, with the words that may sit between them. */
  const modifiersBefore = (start: number): Modifiers => {
    const found: Modifiers = { tokenStart: start, country: null, sector: null, organisation: null, title: null };
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
        t = found.tokenStart = chunk.tokenStart;
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
        if (tokens.lower[t - 1] === 'then' || tokens.lower[t - 1] === 'former') found.title = `${tokens.lower[t - 1]} ${found.title ?? ''}`.trim();
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
    const textualRole = modifiers.title !== null && modifiers.sector !== null;
    mentions.push(mention(
      modifiers.tokenStart,
      chunk.tokenEnd,
      {
        name: record?.name ?? tokensText(tokens, chunk.tokenStart, chunk.tokenEnd),
        country: modifiers.country ?? role?.country ?? partyStateCountry(tokens, chunk.tokenEnd),
        sector: textualRole ? modifiers.sector : role?.sector ?? modifiers.sector,
        kind: 'person',
      },
      record ? (modifiers.title ? 'actors.titled-known-person.v1' : 'actors.known-person.v1') : 'actors.titled-name.v1',
      modifiers.title,
      record,
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
      const sector = title.group && modifiers.organisation && !title.sector ? modifiers.organisation.sector : title.sector ?? modifiers.organisation?.sector ?? null;
      mentions.push(mention(modifiers.tokenStart, chunk.tokenEnd,
        { name: null, country: modifiers.country, sector, kind: title.group ? 'group' : 'person' },
        title.group ? 'actors.group.v1' : 'actors.title-only.v1',
        tokensText(tokens, modifiers.tokenStart, chunk.tokenEnd), null));
    } else if (organisation) {
      consumed.add(chunk);
      mentions.push(mention(chunk.tokenStart, chunk.tokenEnd,
        { name: organisation.name, country: organisation.country, sector: organisation.sector, kind: organisation.orgKind === 'outlet' ? 'outlet' : 'organisation' },
        'actors.organisation.v1', null, null));
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
