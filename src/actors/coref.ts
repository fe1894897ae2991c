// In-document coreference: a surname takes the identity of the full name it shortens,
// "the president" the nearest person holding that role, a pronoun the nearest person;
// then every mention gets an entity id shared with the mentions of the same actor.
import type { ActorMention, Sentence } from '../doc/layers.js';
import { sentenceAt } from '../doc/sentence-at.js';
import type { TokenTable } from '../doc/token-table.js';
import { phraseKey } from './phrase-key.js';

const PERSONAL_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'himself', 'herself']);
/** How many sentences back a pronoun or a bare title may reach. */
const PRONOUN_REACH = 3;

const lastName = (name: string) => phraseKey(name.split(/\s+/).pop() ?? name);

export function resolveCoreference(tokens: TokenTable, sentences: readonly Sentence[], mentions: ActorMention[]): ActorMention[] {
  const named = mentions.filter((m) => m.identity.kind === 'person' && m.identity.name && m.identity.name.includes(' '));
  const resolved: ActorMention[] = [];
  for (const mention of mentions) {
    const name = mention.identity.name;
    const isSurnameOnly = mention.identity.kind === 'person' && name !== null && (mention.rule === 'actors.surname-candidate.v1' || !tokensSpell(tokens, mention, name));
    if (isSurnameOnly && name) {
      const written = phraseKey(tokens.text[mention.tokenEnd - 1]);
      const antecedent = nearest(named, mention, (m) => lastName(m.identity.name!) === written);
      if (antecedent) {
        resolved.push({ ...mention, identity: { ...antecedent.identity }, person: antecedent.person, title: mention.title ?? antecedent.title, rule: `${mention.rule}+surname` });
        continue;
      }
      if (mention.rule === 'actors.surname-candidate.v1') continue;
    }
    if (mention.identity.kind === 'person' && !mention.identity.name && mention.rule === 'actors.title-only.v1' && /^(the|this)\b/i.test(mention.title ?? '')) {
      const antecedent = nearest(mentions, mention, (m) => m.identity.kind === 'person' && m.identity.name !== null && m.identity.sector === mention.identity.sector && (!mention.identity.country || m.identity.country === mention.identity.country), PRONOUN_REACH);
      if (antecedent) {
        resolved.push({ ...mention, identity: { ...antecedent.identity }, person: antecedent.person, rule: `${mention.rule}+antecedent` });
        continue;
      }
    }
    resolved.push(mention);
  }
  addPronounMentions(tokens, sentences, resolved);
  assignEntities(resolved);
  return resolved;
}

/** True when the mention's words contain the whole canonical name (not just the surname). */
function tokensSpell(tokens: TokenTable, mention: ActorMention, name: string): boolean {
  let written = '';
  for (let t = mention.tokenStart; t < mention.tokenEnd; t++) written += tokens.text[t];
  const key = phraseKey(written);
  const parts = name.split(/\s+/);
  return parts.length < 2 || key.includes(phraseKey(parts[0])) && key.includes(phraseKey(parts[parts.length - 1]));
}

/** The closest mention before (else after) `mention` that satisfies `test`. */
function nearest(candidates: ActorMention[], mention: ActorMention, test: (m: ActorMention) => boolean, reach = Infinity): ActorMention | undefined {
  let best: ActorMention | undefined;
  for (const candidate of candidates) {
    if (candidate === mention || !test(candidate)) continue;
    if (candidate.tokenStart < mention.tokenStart) {
      if (mention.sentence - candidate.sentence <= reach) best = candidate;
    } else if (!best && reach === Infinity) {
      return candidate;
    }
  }
  return best;
}

function addPronounMentions(tokens: TokenTable, sentences: readonly Sentence[], mentions: ActorMention[]): void {
  const persons = mentions.filter((m) => m.identity.kind === 'person' && m.identity.name);
  const sentenceOf = (t: number) => sentenceAt(sentences, tokens.start[t]);
  const added: ActorMention[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (!PERSONAL_PRONOUNS.has(tokens.lower[t]) || tokens.pos[t] !== 'PRON' && tokens.pos[t] !== 'DET') continue;
    let antecedent: ActorMention | undefined;
    for (const candidate of persons) {
      if (candidate.tokenEnd > t) break;
      antecedent = candidate;
    }
    if (!antecedent || sentenceOf(t) - antecedent.sentence > PRONOUN_REACH) continue;
    added.push({
      ...antecedent,
      tokenStart: t,
      tokenEnd: t + 1,
      sentence: sentenceOf(t),
      possessive: tokens.lower[t] === 'his' || tokens.lower[t] === 'her' && tokens.pos[t] === 'DET',
      rule: 'actors.pronoun.v1',
    });
  }
  mentions.push(...added);
  mentions.sort((a, b) => a.tokenStart - b.tokenStart);
}

function assignEntities(mentions: ActorMention[]): void {
  const ids = new Map<string, number>();
  for (const mention of mentions) {
    const { name, country, sector, kind } = mention.identity;
    const key = name ? `name:${phraseKey(name)}` : `${kind}:${country}:${sector}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, id = ids.size);
    mention.entity = id;
  }
}
