// Seasons: "last fall" 1998-FA, "this summer", "the spring of 1998", "winter 2019". A
// bare "fall" or "spring" is a verb or a noun too often: it needs a determiner or a year.
import { SEASONS, alternation, lookup } from '../vocabulary.js';
import { directionOf } from '../anchor.js';
import { patternParser } from '../timex-parser.js';

/** Seasons in the order a year goes through them; winter is the one that begins in December. */
const ORDER: Record<string, number> = { SP: 0, SU: 1, FA: 2, WI: 3 };

/** The season a month is in, as an index of (year, season): January 1998 is in the winter of 1997. */
function seasonIndex(year: number, month: number): number {
  if (month >= 3 && month <= 5) return year * 4;
  if (month >= 6 && month <= 8) return year * 4 + 1;
  if (month >= 9 && month <= 11) return year * 4 + 2;
  return (month === 12 ? year : year - 1) * 4 + 3;
}

export const seasonParser = patternParser('season', `(?:(last|this|next|this\\s+past|the|early|late|mid)[\\s-]+)?(${alternation(Object.keys(SEASONS))})(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?`, (context, match) => {
  const season = lookup(SEASONS, match[2])!;
  const word = match[1]?.toLowerCase().replace(/\s+/g, ' ');
  if (!word && !match[3]) return null;
  // "the fall of the Berlin Wall", "the spring in his step": a noun, not a season.
  const end = match.index + match[0].length;
  if (!match[3] && (!word || word === 'the') && /^\s+(?:of|in|from|to|into|by)\b/i.test(context.text.slice(end, end + 8))) return null;
  if (match[3]) return { type: 'DATE', value: `${match[3]}-${season}` };
  if (!context.anchor) return { type: 'DATE', value: `XXXX-${season}` };
  const current = seasonIndex(context.anchor.year, context.anchor.month);
  const target = ORDER[season];
  // The occurrences of this season at or before, and at or after, the current one.
  const atOrBefore = current - ((current % 4) - target + 4) % 4;
  const atOrAfter = current + (target - (current % 4) + 4) % 4;
  let index: number;
  if (word === 'last' || word === 'this past') index = atOrBefore === current ? current - 4 : atOrBefore;
  else if (word === 'next') index = atOrAfter === current ? current + 4 : atOrAfter;
  // "this summer" is the summer of the publication year (this winter: the one under way or coming).
  else if (word === 'this') index = season === 'WI' && context.anchor.month <= 2 ? current : context.anchor.year * 4 + target;
  else {
    const direction = directionOf(context.tenseAt(match.index));
    index = direction === 'past' ? atOrBefore : direction === 'future' ? atOrAfter : current - atOrBefore <= atOrAfter - current ? atOrBefore : atOrAfter;
  }
  return { type: 'DATE', value: `${Math.floor(index / 4)}-${season}` };
}, { starts: ['last', 'this', 'next', 'the', 'early', 'late', 'mid', ...Object.keys(SEASONS)], requires: Object.keys(SEASONS) });
