// "all video of the September 2 incident": a dated definite event noun refers back to the
// latest undated event of its kind, and dates it. Material conflict nouns date material
// conflict events; a dated "call" or "meeting" dates a consultation.
import type { Doc } from '../doc/doc.js';
import type { EventMention } from '../doc/layers.js';
import { tokenAtOffset } from '../doc/token-at.js';
import { eventDates } from '../time/event-dates.js';

const NOUN_FAMILIES: Record<string, (cameo: string) => boolean> = {
  incident: (cameo) => Number(cameo.slice(0, 2)) >= 15,
  attack: (cameo) => Number(cameo.slice(0, 2)) >= 15,
  strike: (cameo) => Number(cameo.slice(0, 2)) >= 15,
  strikes: (cameo) => Number(cameo.slice(0, 2)) >= 15,
  assault: (cameo) => Number(cameo.slice(0, 2)) >= 15,
  raid: (cameo) => Number(cameo.slice(0, 2)) >= 15,
  operation: (cameo) => Number(cameo.slice(0, 2)) >= 15,
  call: (cameo) => cameo.startsWith('04'),
  meeting: (cameo) => cameo.startsWith('04'),
  talks: (cameo) => cameo.startsWith('04'),
};

export function dateFromEventAnaphora(doc: Doc, events: EventMention[]): EventMention[] {
  const tokens = doc.tokenTable;
  const used = new Set(events.flatMap((event) => [event, ...event.merged]).map((mention) => mention.timex));
  for (const timex of eventDates(doc.timexes)) {
    if (used.has(timex)) continue;
    const sentence = doc.sentences[timex.sentence];
    if (!sentence) continue;
    let t = sentence.tokenStart;
    while (t < sentence.tokenEnd && tokens.start[t] < timex.cleanEnd) t++;
    const before = tokens.lower[sentence.tokenStart <= t - 1 ? Math.min(t, tokenAtOffset(tokens, timex.cleanStart)) - 1 : t];
    const fits = NOUN_FAMILIES[tokens.lower[t]];
    if (!fits || before !== 'the') continue;
    const target = [...events].reverse().find((event) => !event.timex && fits(event.cameo) && tokens.start[event.triggerStart] < timex.cleanStart);
    if (target) target.timex = timex;
  }
  return events;
}
