// The same event mentioned several times in one article is one event: same actors (either
// direction for symmetric codes), codes of one family where one refines the other, and
// dates that do not contradict each other.
import type { EventMention } from '../doc/layers.js';
import type { CameoTraits } from '../ontology/cameo-traits.js';

function compatibleCodes(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a) || a.slice(0, 2) === b.slice(0, 2) && (a.length === 2 || b.length === 2 || a.endsWith('0') && a.length === 3 || b.endsWith('0') && b.length === 3);
}

function compatibleDates(a: EventMention, b: EventMention): boolean {
  if (!a.timex || !b.timex) return true;
  const x = a.timex.value;
  const y = b.timex.value;
  return x.startsWith(y) || y.startsWith(x);
}

/** A fact and a report of it are one event; a denied, negated, hypothetical or future mention is not the fact. */
function compatibleStatuses(a: EventMention['status'], b: EventMention['status']): boolean {
  const factual = (status: EventMention['status']) => status === 'asserted' || status === 'reported';
  return a === b || factual(a) && factual(b);
}

function sameParties(a: EventMention, b: EventMention, traits: CameoTraits): boolean {
  const ax = a.actor?.entity;
  const ar = a.recipient?.entity ?? -1;
  const bx = b.actor?.entity;
  const br = b.recipient?.entity ?? -1;
  // "the operation" with no target named is the operation named in full elsewhere.
  if (ax === bx && (ar === br || ar === -1 || br === -1)) return true;
  const symmetric = traits.has(a.cameo, 'symmetric') || traits.has(b.cameo, 'symmetric');
  return symmetric && ax === br && ar === bx;
}

/** The mention that speaks for the event: the first that states its code, preferring one that names both parties itself. */
function head(mentions: EventMention[], cameo: string): EventMention {
  const rank = (m: EventMention) => (m.cameo === cameo ? 0 : 4) + (m.anaphoric ? 2 : 0) + (m.recipient ? 0 : 1);
  return mentions.reduce((best, m) => (rank(m) < rank(best) ? m : best));
}

/** The more specific of two compatible codes: 041 over 040, 1054 over 10. */
function moreSpecific(a: string, b: string): string {
  const generic = (code: string) => code.length === 2 || code.length === 3 && code.endsWith('0');
  if (generic(a) !== generic(b)) return generic(a) ? b : a;
  return a.length >= b.length ? a : b;
}

/** `traits`: which codes are symmetric (lexicons/codes/cameo-traits.tsv). */
export function mergeWithinArticle(mentions: EventMention[], traits: CameoTraits): EventMention[] {
  const events: EventMention[] = [];
  for (const mention of mentions) {
    const index = events.findIndex((event) => sameParties(event, mention, traits) && compatibleCodes(event.cameo, mention.cameo) && compatibleDates(event, mention) && compatibleStatuses(event.status, mention.status));
    if (index < 0) {
      events.push({ ...mention, merged: [] });
      continue;
    }
    const event = events[index];
    const all = [event, ...event.merged, mention];
    const cameo = moreSpecific(event.cameo, mention.cameo);
    const chosen = head(all, cameo);
    // The date most precisely attached anywhere: "The September 2018 call" dates "last September".
    const dated = all.filter((m) => m.timex).sort((x, y) => y.timex!.value.length - x.timex!.value.length);
    const timex = dated[0]?.timex ?? null;
    const dateFrom = timex && timex !== chosen.timex ? dated[0].dateFrom : chosen.dateFrom;
    // Once the article states the event itself, that it also relays someone's report does not make it hearsay.
    const status = all.some((m) => m.status === 'asserted') ? 'asserted' : chosen.status;
    events[index] = { ...chosen, cameo, timex, dateFrom, status, merged: all.filter((m) => m !== chosen).map((m) => ({ ...m, merged: [] })) };
  }
  return events;
}
