// What argument rules read for one sentence: the tree, and the sentence's actor mentions by the
// token that heads each (a mention is a span; the parse links heads).
import type { DependencyTree } from '../../doc/dependency-tree.js';
import type { ActorMention } from '../../doc/layers.js';
import type { TokenTable } from '../../doc/token-table.js';

export interface ArgumentContext {
  tree: DependencyTree;
  tokens: TokenTable;
  /** The sentence's mentions that can be coded (no outlets, no anonymous sources). */
  mentions: readonly ActorMention[];
  /** Mention headed by each token of the sentence, by token index. */
  byHead: Map<number, ActorMention>;
  sentenceStart: number;
  sentenceEnd: number;
  /** Places, vehicles, positions and people (lexicons/events/target-nouns.tsv). */
  targetNouns: ReadonlySet<string>;
}

export function argumentContext(tree: DependencyTree, mentions: readonly ActorMention[], sentenceStart: number, sentenceEnd: number,
  targetNouns: ReadonlySet<string>): ArgumentContext {
  const byHead = new Map<number, ActorMention>();
  for (const mention of mentions) {
    const head = tree.headOf(mention.tokenStart, mention.tokenEnd);
    // A possessive and what it owns may share a head in a bad parse; the owned noun phrase keeps it.
    if (!byHead.has(head) || byHead.get(head)!.possessive) byHead.set(head, mention);
  }
  return { tree, tokens: tree.tokens, mentions, byHead, sentenceStart, sentenceEnd, targetNouns };
}

/** The mention headed by `t`, or the one whose words include `t` ("the Venezuelan leader" for "leader"). */
export function mentionAt(context: ArgumentContext, t: number): ActorMention | null {
  if (t < 0) return null;
  const headed = context.byHead.get(t);
  if (headed) return headed;
  for (const mention of context.mentions) if (mention.tokenStart <= t && t < mention.tokenEnd) return mention;
  return null;
}

/** Adverbs that make a preposition after them one multiword marker, whichever way the parser attached them. */
const MARKER_ADVERBS = new Set(['along', 'together', 'alongside']);

/**
 * The words marking the phrase headed by `t`: its case or mark words ("with", "in front of"); a
 * first word the tagger took for something else, when it is a child of the phrase ("rallied
 * outside parliament"); and an adverb right before that makes one marker with it, even when the
 * parser hung it elsewhere ("along with Sessions", with "along" an adverb of the verb).
 */
export function phraseMarker(context: ArgumentContext, t: number): string {
  const { tree, tokens } = context;
  let marker = tree.marker(t);
  const [first] = tree.span(t);
  if (marker === '') return first < t && tree.head(first) === t && tree.relation(first) !== 'det' ? tokens.lower[first] : '';
  if (first > 0 && MARKER_ADVERBS.has(tokens.lower[first - 1]) && tree.head(first - 1) !== t) marker = `${tokens.lower[first - 1]} ${marker}`;
  return marker;
}
