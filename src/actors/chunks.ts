// First pass of actor recognition: the longest lexicon phrase at each token, and runs of
// proper nouns the lexicons do not know. Later passes combine chunks into mentions.
import type { TokenTable } from '../doc/token-table.js';
import { TokenFlag } from '../doc/token-table.js';
import type { ActorLexicon, LexiconEntry, Phrase } from './lexicon.js';
import { phraseKey, tokenPhraseKey } from './phrase-key.js';

export interface Chunk {
  tokenStart: number;
  tokenEnd: number;
  /** Lexicon entries for the phrase; empty for an unknown proper-noun run. */
  entries: LexiconEntry[];
}

export function findChunks(tokens: TokenTable, lexicon: ActorLexicon, from: number, to: number): Chunk[] {
  const chunks: Chunk[] = [];
  const search: ChunkSearch = { tokens, lexicon, prefixes: keyPrefixes(lexicon), from, to, keys: new Array<string>(to - from) };
  let t = from;
  while (t < to) {
    const chunk = lexiconChunk(search, t) ?? properNounRun(search, t);
    if (chunk) {
      chunks.push(chunk);
      t = chunk.tokenEnd;
    } else {
      t++;
    }
  }
  return chunks;
}

// Every prefix of every phrase key of a lexicon. A run of tokens whose key is not among them
// cannot grow into a lexicon phrase, so the search at a token stops there, usually at once,
// instead of keying up to maxPhraseWords ever longer runs. Built when the lexicon is first
// searched, so it assumes the lexicon complete by then.
const keyPrefixCache = new WeakMap<ActorLexicon, Map<string, KeyPrefix>>();

/** A prefix of phrase keys: the phrases keyed by it exactly, and the characters that may follow it. */
interface KeyPrefix {
  phrases: Phrase[] | undefined;
  /** Most runs stop at the next token's first character: "the" + "said" fails on "s", with no joined key built. */
  following: string;
}

function keyPrefixes(lexicon: ActorLexicon): Map<string, KeyPrefix> {
  let prefixes = keyPrefixCache.get(lexicon);
  if (prefixes === undefined) {
    prefixes = new Map();
    for (const key of lexicon.phrases.keys()) {
      for (let end = 1; end <= key.length; end++) {
        const prefix = key.slice(0, end);
        let known = prefixes.get(prefix);
        if (known === undefined) prefixes.set(prefix, known = { phrases: lexicon.phrases.get(prefix), following: '' });
        if (end < key.length && !known.following.includes(key[end])) known.following += key[end];
      }
    }
    keyPrefixCache.set(lexicon, prefixes);
  }
  return prefixes;
}

/** One sentence's search: its tokens from `from` to `to`, and each token's key once computed. */
interface ChunkSearch {
  tokens: TokenTable;
  lexicon: ActorLexicon;
  prefixes: Map<string, KeyPrefix>;
  from: number;
  to: number;
  /** Key of token from + i; the search at every token reads the keys of the next few. */
  keys: string[];
}

function tokenKey(search: ChunkSearch, t: number): string {
  return (search.keys[t - search.from] ??= tokenPhraseKey(search.tokens, t));
}

function lexiconChunk(search: ChunkSearch, t: number): Chunk | null {
  const { tokens, lexicon, prefixes, to } = search;
  if (t >= to || lexicon.maxPhraseWords < 1) return null;
  const firstKey = tokenKey(search, t);
  const first = prefixes.get(firstKey);
  // Most tokens begin no lexicon phrase.
  if (first === undefined) return null;
  const limit = Math.min(to, t + lexicon.maxPhraseWords);
  const keys: string[] = [tokens.text[t]];
  let joined = tokens.text[t];
  let joinedKey = firstKey;
  let prefix = first;
  for (let end = t + 1; end < limit; end++) {
    if (tokens.has(end, TokenFlag.paragraphBefore)) break;
    const key = tokenKey(search, end);
    if (key.length > 0 && !prefix.following.includes(key[0])) break;
    joinedKey += key;
    const longer = prefixes.get(joinedKey);
    if (longer === undefined) break;
    prefix = longer;
    joined += tokens.text[end];
    keys.push(joined);
  }
  for (let length = keys.length; length >= 1; length--) {
    const phrases = length === 1 ? first.phrases : lexicon.phrases.get(phraseKey(keys[length - 1]));
    if (!phrases) continue;
    // Pushed into a literal, not made by filter().map(): V8 then gives every chunk's entries one array shape.
    const entries: LexiconEntry[] = [];
    for (const phrase of phrases) if (fitsAsWritten(phrase, tokens, t, t + length, keys[length - 1])) entries.push(phrase.entry);
    if (entries.length > 0) return { tokenStart: t, tokenEnd: t + length, entries };
  }
  return null;
}

/** Case the phrase asks for: "US" in capitals, a name capitalised; a title in any case. */
function fitsAsWritten(phrase: Phrase, tokens: TokenTable, start: number, end: number, written: string): boolean {
  if (phrase.exact !== null) return phrase.exact === written;
  if (phrase.entry.kind === 'title') return true;
  if (phrase.capitalisedEnd && !/^[\p{Lu}\d]/u.test(tokens.text[end - 1])) return false;
  if (phrase.lowerInitial) return true;
  return /^[\p{Lu}\d]/u.test(tokens.text[start]);
}

const NAME_PARTICLES = new Set(['de', 'da', 'del', 'van', 'von', 'bin', 'al', 'la', 'le', 'di', 'du']);

function properNounRun(search: ChunkSearch, t: number): Chunk | null {
  const { tokens, lexicon, to } = search;
  if (!isNameToken(tokens, t)) return null;
  let end = t + 1;
  while (end < to && !tokens.has(end, TokenFlag.paragraphBefore)) {
    // "Vice Foreign Minister": a name stops where a lexicon phrase begins.
    const known = isNameToken(tokens, end) && (lexicon.phrases.has(tokenKey(search, end)) || lexiconChunk(search, end) !== null);
    if (isNameToken(tokens, end) && !known) end++;
    else if (NAME_PARTICLES.has(tokens.lower[end]) && end + 1 < to && isNameToken(tokens, end + 1)) end += 2;
    // "Tom King", "Angus King": a one-word personal title that ends a name is its surname.
    else if (known && isSurnameTitle(search, end)) return { tokenStart: t, tokenEnd: end + 1, entries: [] };
    else break;
  }
  return { tokenStart: t, tokenEnd: end, entries: [] };
}

function isSurnameTitle(search: ChunkSearch, t: number): boolean {
  if (t + 1 < search.to && isNameToken(search.tokens, t + 1)) return false;
  const entries = search.lexicon.phrases.get(tokenKey(search, t)) ?? [];
  return entries.length > 0 && entries.every((phrase) => phrase.entry.kind === 'title' && !phrase.entry.group);
}

function isNameToken(tokens: TokenTable, t: number): boolean {
  // Capitalised and with a lower-case letter: names, not acronyms or headline capitals.
  return tokens.pos[t] === 'PROPN' && /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(tokens.text[t]);
}
