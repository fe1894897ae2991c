// Identity features of a coded event mention (an EventRecord from the events stage).
import type { ActorRef, EventRecord } from '../contract.js';
import { dateInterval } from '../store/date-interval.js';
import type { ConsolidationLexicons } from '../lexicons.js';
import type { MentionFeatures, RoleHolder } from './mention-features.js';
import { codingKey, participantKey } from './participant-key.js';

// A date taken from the publication only says the event happened by then, and news reports
// recent events: an event an article leaves undated is placed in the month before it.
const NEWS_WINDOW_DAYS = 31;

function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function holderOf(actor: ActorRef | null): RoleHolder | null {
  const key = actor === null ? null : participantKey(actor);
  return key === null ? null : { key, codeKey: codingKey(actor!) };
}

/** The trigger's first word stands for it ("phoned", "held talks with" → "hold"). */
function triggerWord(record: EventRecord): string {
  return record.trigger.text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).find((word) => word !== '') ?? '';
}

export function featuresOfRecord(record: EventRecord, story: string, lexicons: ConsolidationLexicons): MentionFeatures {
  const interval = record.date === null ? null : dateInterval(record.date);
  const actor = holderOf(record.actor);
  const recipient = holderOf(record.recipient);
  const participants = [actor?.key, recipient?.key].filter((key): key is string => key !== undefined);
  return {
    id: record.id,
    document: record.article_id,
    story,
    lemma: lexicons.eventFamilies.familyOf(triggerWord(record)),
    code: record.cameo,
    symmetric: lexicons.cameoTraits.has(record.cameo, 'symmetric'),
    participants: [...new Set(participants)].sort(),
    date: interval === null ? null : { start: record.date_source === 'publication' ? daysBefore(interval.end, NEWS_WINDOW_DAYS) : interval.start, end: interval.end },
    status: record.status,
    roles: { actor, recipient },
  };
}
