// Who speaks: the actor mention at the head of the source ("Mackowiak" in "Sessions spokesperson
// Matt Mackowiak"), which coreference has already tied to its entity ("he" → Mackowiak); for
// "who said", the mention the relative clause hangs on ("Trump, who said …").
import type { ActorMention, TokenSpan } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import { phraseHead } from './noun-phrase.js';

const RELATIVE = new Set(['who', 'which', 'that']);

export function resolveSpeaker(tokens: TokenTable, source: TokenSpan, mentions: readonly ActorMention[]): ActorMention | null {
  let head = phraseHead(tokens, source);
  if (RELATIVE.has(tokens.lower[head]) && tokens.text[head - 1] === ',') head = head - 2;
  // The last mention covering the head; a head outside every mention ("spokesperson" in "a Sessions spokesperson") is no actor we know.
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].tokenStart <= head && head < mentions[i].tokenEnd) return mentions[i];
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
    const inside = mentions.filter((m) => m.identity.kind === 'outlet' && m.tokenStart >= span.tokenStart && m.tokenEnd <= span.tokenEnd);
    for (const m of inside) add(name(m));
    const same = written.size > 0 ? written.get(text(span).toLowerCase().replace(/^to /, '')) : undefined;
    if (inside.length === 0 && same) add(same);
  }
  return outlets;
}
