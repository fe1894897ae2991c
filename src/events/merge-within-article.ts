// The same event mentioned several times in one article is one event: same actors (either
// direction for symmetric codes), codes of one family where one refines the other, and
// dates that do not contradict each other.
import type { EventMention } from '../doc/layers.js';

const SYMMETRIC = new Set(['040', '041', '044', '046']);

function compatibleCodes(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a) || a.slice(0, 2) === b.slice(0, 2) && (a.length === 2 || b.length === 2 || a.endsWith('0') && a.length === 3 || b.endsWith('0') && b.length === 3);
}

function compatibleDates(a: EventMention, b: EventMention): boolean {
  if (!a.timex || !b.timex) return true;
  const x = a.timex.value;
  const y = b.timex.value;
  return x.startsWith(y) || y.startsWith(x);
}

function sameParties(a: EventMention, b: EventMention): boolean {
  const ax = a.actor?.entity;
  const ar = a.recipient?.entity ?? -1;
  const bx = b.actor?.entity;
  const br = b.recipient?.entity ?? -1;
  if (ax === bx && ar === br) return true;
  const symmetric = SYMMETRIC.has(a.cameo.slice(0, 3)) || SYMMETRIC.has(b.cameo.slice(0, 3)) || a.cameo === '04' || b.cameo === '04';
  return symmetric && ax === br && ar === bx;
}

/** More specific code, then a text date, then the earlier mention. */
function better(a: EventMention, b: EventMention): EventMention {
  if (a.cameo.length !== b.cameo.length && a.cameo.slice(0, 2) === b.cameo.slice(0, 2) && !a.cameo.endsWith('0') !== !b.cameo.endsWith('0')) return a.cameo.endsWith('0') ? b : a;
  if (!!a.timex !== !!b.timex) return a.timex ? a : b;
  if (!!a.anaphoric !== !!b.anaphoric) return a.anaphoric ? b : a;
  return a;
}

export function mergeWithinArticle(mentions: EventMention[]): EventMention[] {
  const events: EventMention[] = [];
  for (const mention of mentions) {
    const index = events.findIndex((event) => sameParties(event, mention) && compatibleCodes(event.cameo, mention.cameo) && compatibleDates(event, mention) && (event.status === mention.status || event.status === 'asserted' || mention.status === 'asserted'));
    if (index < 0) {
      events.push({ ...mention, merged: [] });
      continue;
    }
    const event = events[index];
    const head = better(event, mention);
    const others = head === event ? [...event.merged, mention] : [event, ...event.merged];
    const timex = head.timex ?? [event, ...event.merged, mention].find((m) => m.timex)?.timex ?? null;
    events[index] = { ...head, timex, merged: others.map((m) => ({ ...m, merged: [] })) };
  }
  return events;
}
