// The attribution trail of an event in words, in the order the reports appeared:
// "first reported by The Washington Post on 2019-09-20, citing Matt Mackowiak; then The Hill
// on 2019-09-21; denied by Rudy Giuliani in Reuters on 2019-09-22".
import type { EventMentionRef } from '../contract.js';

function where(mention: EventMentionRef): string {
  const outlet = mention.outlet ?? `article ${mention.article_id}`;
  return mention.published ? `${outlet} on ${mention.published}` : outlet;
}

function citing(mention: EventMentionRef): string {
  const { speaker, outlets } = mention.attribution;
  const sources = [speaker, ...outlets.filter((o) => o !== mention.outlet)].filter((s): s is string => Boolean(s));
  return sources.length > 0 ? `, citing ${sources.join(' and ')}` : '';
}

function phrase(mention: EventMentionRef): string {
  switch (mention.status) {
    case 'denied':
      return `denied${mention.attribution.speaker ? ` by ${mention.attribution.speaker}` : ''} in ${where(mention)}`;
    case 'negated':
      return `reported as not having happened by ${where(mention)}`;
    case 'hypothetical':
      return `raised as a possibility by ${where(mention)}`;
    case 'future':
      return `announced as planned by ${where(mention)}`;
    default:
      return `${where(mention)}${citing(mention)}`;
  }
}

/** `mentions` in the order they were reported (earliest publication first). */
export function attributionTrail(mentions: readonly EventMentionRef[]): string {
  const [first, ...rest] = mentions;
  if (!first) return '';
  const opening = first.status === 'asserted' || first.status === 'reported' ? `first reported by ${phrase(first)}` : `first ${phrase(first)}`;
  // One article mentioning the event twice is one step of the trail.
  const seen = new Set([first.article_id]);
  const steps = rest.filter((m) => !seen.has(m.article_id) && seen.add(m.article_id)).map(phrase);
  return steps.length === 0 ? opening : `${opening}; then ${steps.join('; ')}`;
}
