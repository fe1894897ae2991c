// "all video of the September 2 incident": a dated definite event noun refers back to the
// latest undated event of its kind, and dates it. Which nouns, and which codes each may refer
// to, is data: lexicons/events/dated-event-nouns.tsv.
import type { Doc } from '../doc/doc.js';
import type { EventMention } from '../doc/layers.js';
import { tokenAtOffset } from '../doc/token-at.js';
import { eventDates } from '../time/event-dates.js';
import type { EventLexicon } from './event-lexicon.js';

export function dateFromEventAnaphora(doc: Doc, events: EventMention[], nouns: EventLexicon['datedEventNouns']): EventMention[] {
  const tokens = doc.tokenTable;
  const used = new Set(events.flatMap((event) => [event, ...event.merged]).map((mention) => mention.timex));
  for (const timex of eventDates(doc.timexes)) {
    if (used.has(timex)) continue;
    const sentence = doc.sentences[timex.sentence];
    if (!sentence) continue;
    let t = sentence.tokenStart;
    while (t < sentence.tokenEnd && tokens.start[t] < timex.cleanEnd) t++;
    const before = tokens.lower[sentence.tokenStart <= t - 1 ? Math.min(t, tokenAtOffset(tokens, timex.cleanStart)) - 1 : t];
    const codes = nouns.get(tokens.lower[t]);
    if (!codes || before !== 'the') continue;
    const target = [...events].reverse().find((event) => !event.timex && codes.some((code) => event.cameo.startsWith(code)) && tokens.start[event.triggerStart] < timex.cleanStart);
    if (target) target.timex = timex;
  }
  return events;
}
