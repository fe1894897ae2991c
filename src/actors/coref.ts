// In-document coreference: a surname takes the identity of the full name it shortens,
// "the president" the nearest person holding that role, a pronoun the first actor of its kind
// (a person for "he", a state or body for "it") in the nearest sentence naming one;
// then every mention gets an entity id shared with the mentions of the same actor.
import type { ActorKind, ActorMention, Sentence, TokenSpan } from '../doc/layers.js';
import { sentenceAt } from '../doc/sentence-at.js';
import type { TokenTable } from '../doc/token-table.js';
import { isPlainAscii, lastWordKey, phraseKey, tokenPhraseKey, wordKey } from './phrase-key.js';
import { addDefiniteReferences, type ReferenceKinds } from './definite-references.js';
import { actorIdentity, actorMention } from './actor-mention.js';
import { byStart, lastStartingBefore } from '../doc/span-search.js';

/** "the president", "this official": a definite title refers to someone named before. */
const DEFINITE = new Set(['the', 'this', 'that']);
/** How many sentences back a pronoun or a bare title may reach. */
const PRONOUN_REACH = 3;

export function resolveCoreference(tokens: TokenTable, sentences: readonly Sentence[], mentions: ActorMention[], references: ReferenceKinds = new Map()): ActorMention[] {
  const inOrder = byStart(mentions);
  // Full names by their surname's key, in text order: a surname reads only the names it could shorten.
  const bySurname = new Map<string, ActorMention[]>();
  for (const m of inOrder) {
    if (m.identity.kind !== 'person' || !m.identity.name?.includes(' ')) continue;
    const key = lastWordKey(m.identity.name);
    const list = bySurname.get(key);
    if (list) list.push(m);
    else bySurname.set(key, [m]);
  }
  const resolved: ActorMention[] = [];
  for (const mention of mentions) {
    const name = mention.identity.name;
    const isSurnameOnly = mention.identity.kind === 'person' && name !== null && (mention.form === 'surname-candidate' || !tokensSpell(tokens, mention, name));
    if (isSurnameOnly && name) {
      const antecedent = nearestName(bySurname.get(tokenPhraseKey(tokens, mention.tokenEnd - 1)) ?? [], mention);
      if (antecedent) {
        resolved.push(actorMention({ ...mention, identity: actorIdentity(antecedent.identity), person: antecedent.person, title: mention.title ?? antecedent.title, rule: `${mention.rule}+surname` }));
        continue;
      }
      if (mention.form === 'surname-candidate') continue;
    }
    if (mention.identity.kind === 'person' && !mention.identity.name && mention.form === 'title' && mention.tokenStart > 0 && DEFINITE.has(tokens.lower[mention.tokenStart - 1])) {
      // "the president" needs a president; "the Venezuelan leader" (a title with no sector) any Venezuelan.
      const { sector, country } = mention.identity;
      const antecedent = nearestBefore(inOrder, mention, (m) => m.identity.kind === 'person' && m.identity.name !== null
        && (sector ? m.identity.sector === sector && holdsTitle(m, mention.title) : country !== null) && (!country || m.identity.country === country), PRONOUN_REACH);
      if (antecedent) {
        resolved.push(actorMention({ ...mention, identity: actorIdentity(antecedent.identity), person: antecedent.person, rule: `${mention.rule}+antecedent` }));
        continue;
      }
    }
    resolved.push(mention);
  }
  addPronounMentions(tokens, sentences, resolved);
  addDefiniteReferences(tokens, sentences, resolved, references);
  assignEntities(resolved);
  resolvePrincipals(resolved);
  return resolved;
}

/**
 * "the minister" is no president: when the candidate's titles are known (written, or its latest role in
 * the lexicon), one of them has the description's head word. A candidate with none known may be anyone.
 */
function holdsTitle(candidate: ActorMention, description: string | null): boolean {
  const head = description?.toLowerCase().split(/[\s-]+/).pop()?.replace(/s$/, '');
  const titles = [candidate.title, candidate.person?.periods.at(-1)?.role].filter((t): t is string => !!t);
  return !head || titles.length === 0 || titles.some((title) => title.toLowerCase().includes(head));
}

/** True when the mention's words contain the whole canonical name (not just the surname). */
function tokensSpell(tokens: TokenTable, mention: ActorMention, name: string): boolean {
  const key = spanKey(tokens, mention.tokenStart, mention.tokenEnd);
  const parts = name.split(/\s+/);
  return parts.length < 2 || key.includes(wordKey(parts[0])) && key.includes(wordKey(parts[parts.length - 1]));
}

/**
 * The key of the tokens' words run together. When every token's key is its lower-case form, theirs
 * run together is the run's; a new string, keyed once, need not go through the key cache.
 */
function spanKey(tokens: TokenTable, start: number, end: number): string {
  let key = '';
  for (let t = start; t < end; t++) {
    if (!isPlainAscii(tokens.lower[t])) {
      let written = '';
      for (let w = start; w < end; w++) written += tokens.text[w];
      return phraseKey(written);
    }
    key += tokens.lower[t];
  }
  return key;
}

/** The closest of `names` (in text order) before `mention`, else the first after it. */
function nearestName(names: readonly ActorMention[], mention: ActorMention): ActorMention | undefined {
  const before = lastStartingBefore(names, mention.tokenStart);
  if (before >= 0) return names[before];
  return names.find((m) => m !== mention);
}

/** The closest mention (of `inOrder`, in text order) before `mention`, at most `reach` sentences back, that satisfies `test`. */
function nearestBefore(inOrder: readonly ActorMention[], mention: ActorMention, test: (m: ActorMention) => boolean, reach: number): ActorMention | undefined {
  for (let i = lastStartingBefore(inOrder, mention.tokenStart); i >= 0 && mention.sentence - inOrder[i].sentence <= reach; i--) {
    if (test(inOrder[i])) return inOrder[i];
  }
  return undefined;
}

/** Which kinds of actor a pronoun may stand for, how far back, and whether it is possessive. */
interface PronounReading {
  /** Kinds of actor; a group counts when its number agrees ("the government … it", "the rebels … they"). */
  kinds: readonly ActorKind[];
  plural?: boolean;
  /** Sentences back the antecedent may be. */
  reach: number;
  possessive: boolean;
}

const person = (possessive: boolean): PronounReading => ({ kinds: ['person'], reach: PRONOUN_REACH, possessive });
// "Nigeria announced that it will withdraw", "the Taliban said they": states, bodies and groups, one sentence back at most.
const body = (kinds: readonly ActorKind[], plural: boolean, possessive: boolean): PronounReading => ({ kinds, plural, reach: 1, possessive });
const PRONOUNS = new Map<string, PronounReading>([
  ['he', person(false)], ['him', person(false)], ['himself', person(false)], ['she', person(false)], ['herself', person(false)],
  ['his', person(true)], ['her', person(false)],
  ['it', body(['state', 'organisation', 'group'], false, false)], ['its', body(['state', 'organisation', 'group'], false, true)],
  ['they', body(['group', 'organisation'], true, false)], ['their', body(['group', 'organisation'], true, true)],
]);

/** "it is unclear whether", "it was reported that": an "it" that stands for nothing. */
const EXPLETIVE_AFTER_IT = new Set(['unclear', 'clear', 'likely', 'unlikely', 'possible', 'impossible', 'important', 'necessary', 'time', 'hard', 'difficult', 'easy', 'true', 'expected', 'reported', 'believed', 'said', 'thought', 'feared', 'understood', 'known', 'not', 'too', 'worth']);
const BE = new Set(['is', 'was', 'be', 'been', "'s", 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained']);

function isExpletiveIt(tokens: TokenTable, t: number): boolean {
  return tokens.lower[t] === 'it' && BE.has(tokens.lower[t + 1]) && EXPLETIVE_AFTER_IT.has(tokens.lower[t + 2]);
}

function addPronounMentions(tokens: TokenTable, sentences: readonly Sentence[], mentions: ActorMention[]): void {
  const named = mentions.filter((m) => (m.identity.kind === 'person' ? m.identity.name !== null : codesAnActor(m)) && m.identity.kind !== 'outlet');
  const sentenceOf = (t: number) => sentenceAt(sentences, tokens.start[t]);
  const added: ActorMention[] = [];
  // Each reading's antecedent so far: the candidates before a pronoun are the ones before the pronoun
  // before it and then some, so each reading reads each candidate once.
  const searches = new Map<PronounReading, AntecedentSearch>();
  for (let t = 0; t < tokens.length; t++) {
    if (tokens.pos[t] !== 'PRON' && tokens.pos[t] !== 'DET') continue;
    const pronoun = PRONOUNS.get(tokens.lower[t]);
    if (!pronoun || isExpletiveIt(tokens, t)) continue;
    let search = searches.get(pronoun);
    if (!search) searches.set(pronoun, search = { next: 0, antecedent: undefined });
    const antecedent = antecedentBefore(named, pronoun, search, t);
    if (!antecedent || sentenceOf(t) - antecedent.sentence > pronoun.reach) continue;
    added.push(actorMention({
      ...antecedent,
      tokenStart: t,
      tokenEnd: t + 1,
      sentence: sentenceOf(t),
      possessive: pronoun.possessive || tokens.lower[t] === 'her' && tokens.pos[t] === 'DET',
      rule: 'actors.pronoun.v1',
      form: 'pronoun',
    }));
  }
  mentions.push(...added);
  mentions.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** How far a reading has read the candidates (in order, up to the first that ends after the pronoun), and what it chose. */
interface AntecedentSearch {
  next: number;
  antecedent: ActorMention | undefined;
}

function antecedentBefore(named: readonly ActorMention[], pronoun: PronounReading, search: AntecedentSearch, t: number): ActorMention | undefined {
  let { next, antecedent } = search;
  for (; next < named.length; next++) {
    const candidate = named[next];
    if (candidate.tokenEnd > t) break;
    if (!pronoun.kinds.includes(candidate.identity.kind)) continue;
    if (candidate.identity.kind === 'group' && pronoun.plural !== undefined && isPluralGroup(candidate) !== pronoun.plural) continue;
    // For a person, the first one in the nearest sentence that has one, the pronoun's own first: subjects
    // are what "he" most often continues ("Witkoff met Putin …, his third trip" is Witkoff's). For "it" and
    // "they", whose kind and number already narrow the choice, the nearest ("his government says … its jails").
    if (!antecedent || candidate.sentence !== antecedent.sentence || pronoun.kinds[0] !== 'person') antecedent = candidate;
  }
  search.next = next;
  search.antecedent = antecedent;
  return antecedent;
}

/** "protesters", "Palestinians" are many; "the government", "the army" one body. */
const isPluralGroup = (m: ActorMention) => m.form === 'people' || /[^s]s$/i.test(m.title?.split(/\s+/).pop() ?? '');

const codesAnActor = (m: ActorMention) => m.identity.name !== null || m.identity.country !== null || m.identity.sector !== null;

/**
 * "Sessions spokesperson Matt Mackowiak": the actor works for the principal, so takes its country,
 * and its sector when the title has none; every mention of the actor learns it.
 */
function resolvePrincipals(mentions: ActorMention[]): void {
  const inOrder = byStart(mentions);
  const byEntity = new Map<number, ActorMention[]>();
  for (const m of mentions) {
    const list = byEntity.get(m.entity);
    if (list) list.push(m);
    else byEntity.set(m.entity, [m]);
  }
  for (const mention of mentions) {
    const span = mention.principal;
    if (!span) continue;
    const principal = principalAt(inOrder, span, mention.sentence);
    if (!principal || principal.entity === mention.entity) continue;
    const identity = actorIdentity({
      ...mention.identity,
      country: mention.identity.country ?? principal.identity.country,
      sector: mention.identity.sector ?? (mention.person ? null : principal.identity.sector),
      principal: principal.identity.name!,
    });
    for (const same of byEntity.get(mention.entity)!) same.identity = identity;
  }
}

/** The first named mention (in text order) covering `span`, which lies in sentence `sentence`. */
function principalAt(inOrder: readonly ActorMention[], span: TokenSpan, sentence: number): ActorMention | undefined {
  let first: ActorMention | undefined;
  for (let i = lastStartingBefore(inOrder, span.tokenStart + 1); i >= 0 && inOrder[i].sentence >= sentence; i--) {
    const m = inOrder[i];
    if (m.tokenEnd >= span.tokenEnd && m.identity.name) first = m;
  }
  return first;
}

/** Unnamed actors of one kind and place are one entity per head word: "U.S. officials" twice, but not "a spokesperson" and "an official". */
function unnamedKey(mention: ActorMention): string {
  const { country, sector, kind } = mention.identity;
  const head = kind === 'state' || kind === 'organisation' ? '' : (mention.title ? lastWordKey(mention.title) : '');
  return `${kind}:${country}:${sector}:${head}`;
}

function assignEntities(mentions: ActorMention[]): void {
  // Ids in order of first mention; names and unnamed keys apart, so a name's key needs no prefix.
  const byName = new Map<string, number>();
  const unnamed = new Map<string, number>();
  for (const mention of mentions) {
    const { name } = mention.identity;
    const ids = name ? byName : unnamed;
    const key = name ? phraseKey(name) : unnamedKey(mention);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, id = byName.size + unnamed.size);
    mention.entity = id;
  }
}
