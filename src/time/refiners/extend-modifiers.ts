// TIMEX3 spans take in the words that qualify a date or a length: "early next year", "late
// November", "mid-1990", "the end of 1989", "nearly two months", "at least 30 days",
// "more than four decades ago". The value stays that of the expression itself.
import type { TimexCandidate, TimexRefiner } from '../timex-parser.js';

const DATE_MODIFIER = /\b(?:(?:the\s+)?(?:early|late|mid)|earlier|later|the\s+(?:end|beginning|start|middle|close|turn)\s+of)(?:\s+|-)$/i;
/** "about" and "over" are left out: as often a preposition ("over three years") as a modifier. */
const LENGTH_MODIFIER = /\b(?:nearly|almost|approximately|roughly|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|up\s+to|close\s+to)\s+$/i;
/** A day keeps its own span: "Earlier Friday", "later today" are "Friday" and "today" in TIMEX3. */
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)|^XXXX-WXX-\d/;

function modifierBefore(text: string, candidate: TimexCandidate): number {
  const before = text.slice(Math.max(0, candidate.start - 24), candidate.start);
  const counted = candidate.type === 'DURATION' || candidate.counted === true;
  // "over the past two years": "over" is a preposition before a determiner, not a modifier.
  const pattern = counted ? (/^the\b/i.test(text.slice(candidate.start, candidate.start + 4)) ? null : LENGTH_MODIFIER)
    : (candidate.type === 'DATE' || candidate.type === 'TIME') && !DAY_VALUE.test(candidate.value) ? DATE_MODIFIER : null;
  const match = pattern?.exec(before);
  return match ? match[0].length : 0;
}

export const extendModifiers: TimexRefiner = {
  name: 'extend-modifiers',
  refine(context, candidates) {
    let previousEnd = 0;
    return candidates.map((candidate) => {
      const length = modifierBefore(context.text, candidate);
      // A modifier that is part of the expression before ("year-earlier third quarter") is not this one's.
      const start = candidate.start - length >= previousEnd ? candidate.start - length : candidate.start;
      previousEnd = candidate.end;
      return start === candidate.start ? candidate : { ...candidate, start };
    });
  },
};
