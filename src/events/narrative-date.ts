// The narrative's reference time: an event whose clause gives no date happens in the story
// of the people it involves, so it takes the date of the latest earlier dated event that
// shares a person with it ("Giuliani was on a call with Maduro last September. … Sessions
// accepted an invitation from Maduro"). States and groups are too broad to carry a thread,
// and a quoted accusation happens when it is spoken, so neither borrows.
import type { EventMention } from '../doc/layers.js';

function people(event: EventMention): number[] {
  return [event, ...event.merged]
    .flatMap((mention) => [mention.actor, mention.recipient])
    .filter((actor) => actor !== null && actor.identity.kind === 'person' && actor.identity.name !== null)
    .map((actor) => actor!.entity);
}

const firstSentence = (event: EventMention) => Math.min(event.sentence, ...event.merged.map((mention) => mention.sentence));

export function dateFromNarrative(events: EventMention[]): EventMention[] {
  const inTextOrder = events.map((event, index) => ({ event, index })).sort((a, b) => firstSentence(a.event) - firstSentence(b.event));
  const result = [...events];
  const seen: EventMention[] = [];
  for (const { event, index } of inTextOrder) {
    const mine = new Set(people(event));
    const thread = event.timex || event.speech || mine.size === 0 ? undefined
      : seen.filter((other) => other.timex && people(other).some((entity) => mine.has(entity))).at(-1);
    const dated = thread ? { ...event, timex: thread.timex, dateFrom: 'narrative' as const } : event;
    result[index] = dated;
    seen.push(dated);
  }
  return result;
}
