// "told the agency", "the Post reported": a definite description refers back to the nearest
// named outlet or organisation of its kind. The descriptions are data (references.tsv); a
// name's last word after "the" ("the Post", "the Times") needs no row.
import type { ActorKind, ActorMention, Sentence } from '../doc/layers.js';
import { sentenceAt } from '../doc/sentence-at.js';
import type { TokenTable } from '../doc/token-table.js';
import { lastWordKey, tokenPhraseKey } from './phrase-key.js';
import { actorMention } from './actor-mention.js';
import { byStart, lastBefore } from '../doc/span-search.js';

/** How many sentences back a description may reach. */
const REACH = 5;

export type ReferenceKinds = ReadonlyMap<string, readonly ActorKind[]>;

export function addDefiniteReferences(tokens: TokenTable, sentences: readonly Sentence[], mentions: ActorMention[], descriptions: ReferenceKinds): void {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  // Pushed into a literal, not made by filter().map(): V8 then gives the list one array shape, empty or not.
  // Both lists are in text order: the named actors as found, and the references as this loop adds them.
  const named: NamedActor[] = [];
  for (const m of byStart(mentions)) if ((m.identity.kind === 'outlet' || m.identity.kind === 'organisation') && m.identity.name) named.push(namedActor(m));
  const references: NamedActor[] = [];
  const added: ActorMention[] = [];
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (tokens.lower[t] !== 'the' || covered[t + 1] === 1) continue;
    const sentence = sentenceAt(sentences, tokens.start[t]);
    const match = descriptionAt(tokens, t, descriptions, { named, references, the: t, sentence });
    if (!match) continue;
    const { antecedent, end } = match;
    const reference = actorMention({
      ...antecedent.mention, tokenStart: t, tokenEnd: end, sentence, title: null, rule: 'actors.definite-reference.v1', form: 'reference',
      possessive: end < tokens.length && /^['’]s?$/.test(tokens.text[end]),
    });
    added.push(reference);
    // "the Post" ten sentences on refers through the "the Post" before it: the chain carries the reach.
    references.push({ mention: reference, lastWordKey: antecedent.lastWordKey });
    t = end - 1;
  }
  mentions.push(...added);
  mentions.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** A named outlet or organisation, with its name's last word keyed once ("post" for "The Washington Post"); null for a one-word name. */
interface NamedActor {
  mention: ActorMention;
  lastWordKey: string | null;
}

function namedActor(mention: ActorMention): NamedActor {
  const name = mention.identity.name!;
  return { mention, lastWordKey: name.includes(' ') ? lastWordKey(name) : null };
}

/** The named actors a description at `the` may refer to: ended before it, at most REACH sentences back. */
interface Earlier {
  named: NamedActor[];
  references: NamedActor[];
  the: number;
  sentence: number;
}

function descriptionAt(tokens: TokenTable, the: number, descriptions: ReferenceKinds, earlier: Earlier): { antecedent: NamedActor; end: number } | null {
  let phrase = 'the';
  for (let end = the + 1; end < Math.min(tokens.length, the + 4); end++) {
    phrase += ` ${tokens.lower[end]}`;
    const kinds = descriptions.get(phrase);
    if (kinds) {
      const antecedent = latest(earlier, (m) => kinds.includes(m.mention.identity.kind));
      if (antecedent) return { antecedent, end: end + 1 };
    }
  }
  // "the Post" after "The Washington Post": the last word of a name stands for it.
  const word = tokenPhraseKey(tokens, the + 1);
  const antecedent = latest(earlier, (m) => m.lastWordKey === word);
  return antecedent ? { antecedent, end: the + 2 } : null;
}

/** The latest reference before `the`, within reach, that satisfies `test`; else the latest named actor. */
function latest(earlier: Earlier, test: (m: NamedActor) => boolean): NamedActor | undefined {
  return latestIn(earlier.references, earlier, test) ?? latestIn(earlier.named, earlier, test);
}

function latestIn(list: readonly NamedActor[], earlier: Earlier, test: (m: NamedActor) => boolean): NamedActor | undefined {
  const { the, sentence } = earlier;
  for (let i = lastBefore(list, the, (m) => m.mention.tokenStart); i >= 0 && sentence - list[i].mention.sentence <= REACH; i--) {
    const m = list[i];
    if (m.mention.tokenEnd <= the && test(m)) return m;
  }
  return undefined;
}
