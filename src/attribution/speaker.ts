// Who speaks: the actor mention at the head of the source ("Mackowiak" in "Sessions spokesperson
// Matt Mackowiak"), which coreference has already tied to its entity ("he" → Mackowiak); for
// "who said", the noun the relative clause hangs on ("Trump, who said …").
import type { ActorMention, TokenSpan } from '../doc/layers.js';
import type { DependencyTree } from '../doc/dependency-tree.js';

const RELATIVE = new Set(['who', 'which', 'that']);
/** Relations that continue a name: "Mr Brown" (flat), "Kill Bill director Quentin Tarantino" (compound). */
const NAME_PARTS = new Set(['flat', 'compound', 'flat:name']);

export function resolveSpeaker(tree: DependencyTree, source: TokenSpan, mentions: readonly ActorMention[]): ActorMention | null {
  // A source should hang from one word; where the parser split it ("Sessions spokesperson Matt Mackowiak
  // confirmed", with two subjects), the last of its words that hang outside it is its head, as English
  // noun phrases end with theirs.
  let head = tree.headOf(source.tokenStart, source.tokenEnd);
  for (let t = head + 1; t < source.tokenEnd; t++) {
    const h = tree.head(t);
    if ((h < source.tokenStart || h >= source.tokenEnd) && tree.tokens.pos[t] !== 'PUNCT') head = t;
  }
  const clause = tree.head(head);
  if (RELATIVE.has(tree.tokens.lower[head])) {
    // "Hegseth, who denies …": the noun the relative clause hangs on; where the parser hung it elsewhere, the name before the comma.
    if (clause >= 0 && tree.tokens.deprel[clause] === 'acl:relcl') head = tree.head(clause);
    else if (tree.tokens.text[head - 1] === ',') head -= 2;
  }
  // The last mention covering the head or the rest of its name ("Mr/head Brown/flat"); a head outside every
  // mention ("spokesperson" in "a Sessions spokesperson") is no actor we know.
  // A head that names nobody we know may stand in apposition to a name: "frontman/head Anthony/appos Kiedis".
  return mentionAt(tree, head, mentions) ?? [...tree.children(head)].filter((c) => tree.tokens.deprel[c] === 'appos').map((c) => mentionAt(tree, c, mentions)).find((m) => m !== null) ?? null;
}

/** The last mention covering `head` or the rest of its name. */
function mentionAt(tree: DependencyTree, head: number, mentions: readonly ActorMention[]): ActorMention | null {
  const name = [head, ...[...tree.children(head)].filter((c) => NAME_PARTS.has(tree.tokens.deprel[c]))];
  for (let i = mentions.length - 1; i >= 0; i--) if (name.some((t) => mentions[i].tokenStart <= t && t < mentions[i].tokenEnd)) return mentions[i];
  return null;
}

/** Outlet mentions by how they are written, lower-cased: "the post" → "The Washington Post". */
export function outletsWritten(mentions: readonly ActorMention[], name: (m: ActorMention) => string, text: (span: TokenSpan) => string): Map<string, string> {
  const written = new Map<string, string>();
  for (const m of mentions) if (m.identity.kind === 'outlet') written.set(text(m).toLowerCase(), name(m));
  return written;
}

/**
 * Outlets named in the source or as the hearer: "the Post reported", "told The Hill". A span
 * that is no outlet mention but is written like one earlier in the article ("the Post" again,
 * far from its antecedent) is that outlet too (`written`, from outletsWritten).
 */
export function outletsIn(spans: ReadonlyArray<TokenSpan | null>, mentions: readonly ActorMention[], name: (m: ActorMention) => string, text: (span: TokenSpan) => string, written: ReadonlyMap<string, string>): string[] {
  const outlets: string[] = [];
  const add = (outlet: string) => {
    if (!outlets.includes(outlet)) outlets.push(outlet);
  };
  for (const span of spans) {
    if (!span) continue;
    // Overlapping, not only inside: "told The Washington Post/IN that …" parses as "told [The Washington] Post that …".
    const inside = mentions.filter((m) => m.identity.kind === 'outlet' && m.tokenStart < span.tokenEnd && m.tokenEnd > span.tokenStart);
    for (const m of inside) add(name(m));
    const same = written.size > 0 ? written.get(text(span).toLowerCase().replace(/^to /, '')) : undefined;
    if (inside.length === 0 && same) add(same);
  }
  return outlets;
}
