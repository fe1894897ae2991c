// "told the agency", "the Post reported": a definite description refers back to the nearest
// named outlet or organisation of its kind. The descriptions are data (references.tsv); a
// name's last word after "the" ("the Post", "the Times") needs no row.
import type { ActorKind, ActorMention, Sentence } from '../doc/layers.js';
import { sentenceAt } from '../doc/sentence-at.js';
import type { TokenTable } from '../doc/token-table.js';
import { phraseKey } from './phrase-key.js';

/** How many sentences back a description may reach. */
const REACH = 5;

export type ReferenceKinds = ReadonlyMap<string, readonly ActorKind[]>;

export function addDefiniteReferences(tokens: TokenTable, sentences: readonly Sentence[], mentions: ActorMention[], descriptions: ReferenceKinds): void {
  const covered = new Set<number>();
  for (const m of mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  const named = mentions.filter((m) => (m.identity.kind === 'outlet' || m.identity.kind === 'organisation') && m.identity.name);
  const added: ActorMention[] = [];
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (tokens.lower[t] !== 'the' || covered.has(t + 1)) continue;
    const sentence = sentenceAt(sentences, tokens.start[t]);
    const earlier = named.filter((m) => m.tokenEnd <= t && sentence - m.sentence <= REACH);
    const match = descriptionAt(tokens, t, descriptions, earlier);
    if (!match) continue;
    const { antecedent, end } = match;
    const reference: ActorMention = {
      ...antecedent, tokenStart: t, tokenEnd: end, sentence, title: null, rule: 'actors.definite-reference.v1',
      possessive: end < tokens.length && /^['’]s?$/.test(tokens.text[end]),
    };
    added.push(reference);
    // "the Post" ten sentences on refers through the "the Post" before it: the chain carries the reach.
    named.push(reference);
    t = end - 1;
  }
  mentions.push(...added);
  mentions.sort((a, b) => a.tokenStart - b.tokenStart);
}

function descriptionAt(tokens: TokenTable, the: number, descriptions: ReferenceKinds, earlier: ActorMention[]): { antecedent: ActorMention; end: number } | null {
  let phrase = 'the';
  for (let end = the + 1; end < Math.min(tokens.length, the + 4); end++) {
    phrase += ` ${tokens.lower[end]}`;
    const kinds = descriptions.get(phrase);
    if (kinds) {
      const antecedent = latest(earlier, (m) => kinds.includes(m.identity.kind));
      if (antecedent) return { antecedent, end: end + 1 };
    }
  }
  // "the Post" after "The Washington Post": the last word of a name stands for it.
  const word = phraseKey(tokens.text[the + 1]);
  const antecedent = latest(earlier, (m) => phraseKey(m.identity.name!.split(/\s+/).pop() ?? '') === word && m.identity.name!.includes(' '));
  return antecedent ? { antecedent, end: the + 2 } : null;
}

function latest(mentions: ActorMention[], test: (m: ActorMention) => boolean): ActorMention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) if (test(mentions[i])) return mentions[i];
  return undefined;
}
