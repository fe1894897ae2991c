// Direct quotes and who speaks them: “…,” Trump said / said Trump / Trump said: “…”.
import type { ActorMention } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import { tokenAtOffset } from '../doc/token-at.js';

export interface Quote {
  cleanStart: number;
  cleanEnd: number;
  speaker: ActorMention | null;
}

const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'write', 'state', 'declare', 'insist', 'note', 'continue', 'ask', 'reply', 'explain']);

export function findQuotes(text: string, tokens: TokenTable, mentions: readonly ActorMention[]): Quote[] {
  const quotes: Quote[] = [];
  const pattern = /“([^”]{2,2000})”|"([^"\n]{2,2000})"/g;
  for (const match of text.matchAll(pattern)) {
    const cleanStart = match.index ?? 0;
    const cleanEnd = cleanStart + match[0].length;
    quotes.push({ cleanStart, cleanEnd, speaker: speakerAfter(tokens, mentions, cleanEnd) ?? speakerBefore(tokens, mentions, cleanStart) });
  }
  // A quote without its own tag continues the previous speaker's ("… he said. “We'll see.”").
  for (let i = 1; i < quotes.length; i++) {
    if (!quotes[i].speaker && quotes[i].cleanStart - quotes[i - 1].cleanEnd < 200) quotes[i].speaker = quotes[i - 1].speaker;
  }
  return quotes;
}

/** `,” Trump said` or `,” said Trump`. */
function speakerAfter(tokens: TokenTable, mentions: readonly ActorMention[], offset: number): ActorMention | null {
  const t = tokenAtOffset(tokens, offset);
  for (let verb = t; verb < Math.min(tokens.length, t + 8); verb++) {
    if (!SPEECH_VERBS.has(tokens.lemma[verb])) continue;
    return mentions.find((m) => m.tokenStart >= t && m.tokenEnd <= verb + 6 && m.tokenEnd > t && (m.tokenEnd <= verb || m.tokenStart > verb)) ?? null;
  }
  return null;
}

/** `Trump said: “…`. */
function speakerBefore(tokens: TokenTable, mentions: readonly ActorMention[], offset: number): ActorMention | null {
  const t = tokenAtOffset(tokens, offset);
  if (t < 2 || tokens.text[t - 1] !== ':' || !SPEECH_VERBS.has(tokens.lemma[t - 2])) return null;
  const before = mentions.filter((m) => m.tokenEnd <= t - 2 && m.tokenEnd >= t - 4);
  return before[before.length - 1] ?? null;
}
