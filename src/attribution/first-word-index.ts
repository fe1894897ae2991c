// Multi-word cues looked up by their first word. Cue recognition asks at every token which
// phrase starts there; the lexicon's lists, searched whole, made that a scan of every phrase
// at every token. The index keeps each phrase's place in its list, so the one found first is
// still the one the list gives first (longest first).
export interface IndexedPhrase<T> {
  /** Position in the lexicon's list. */
  rank: number;
  phrase: T;
}

const indexes = new WeakMap<readonly { words: string[] }[], Map<string, IndexedPhrase<unknown>[]>>();

/** `phrases` by first word, in list order; built once per list. */
export function firstWordIndex<T extends { words: string[] }>(phrases: readonly T[]): Map<string, IndexedPhrase<T>[]> {
  let index = indexes.get(phrases) as Map<string, IndexedPhrase<T>[]> | undefined;
  if (index === undefined) {
    index = new Map();
    phrases.forEach((phrase, rank) => {
      const bucket = index!.get(phrase.words[0]);
      if (bucket) bucket.push({ rank, phrase });
      else index!.set(phrase.words[0], [{ rank, phrase }]);
    });
    indexes.set(phrases, index as Map<string, IndexedPhrase<unknown>[]>);
  }
  return index;
}

/** The first phrase in list order whose first word is `word` (or `otherWord`) and that `matches`. */
export function firstPhrase<T>(index: Map<string, IndexedPhrase<T>[]>, word: string, otherWord: string | null, matches: (phrase: T) => boolean): T | undefined {
  const found = firstIn(index.get(word), matches, undefined);
  return (otherWord === null || otherWord === word ? found : firstIn(index.get(otherWord), matches, found))?.phrase;
}

function firstIn<T>(bucket: IndexedPhrase<T>[] | undefined, matches: (phrase: T) => boolean, found: IndexedPhrase<T> | undefined): IndexedPhrase<T> | undefined {
  for (const entry of bucket ?? []) {
    if (found !== undefined && entry.rank > found.rank) break;
    if (matches(entry.phrase)) return entry;
  }
  return found;
}
