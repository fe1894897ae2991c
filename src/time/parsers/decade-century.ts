// Decades and centuries: "the 1990s" is 199, "the '80s" 198 (the century from the
// publication date), "the 20th century" 19.
import { ORDINALS, alternation, lookup } from '../vocabulary.js';
import { firstWordsOf } from '../word-index.js';
import { patternParser, triggeredBy } from '../timex-parser.js';

export const decadeParser = triggeredBy(/0'?s/iu, patternParser('decade', "(?:the\\s+)?(?:(1[5-9]|20)(\\d)0'?s|'(\\d)0s)", (context, match) => {
  if (match[1]) return { type: 'DATE', value: `${match[1]}${match[2]}` };
  const century = context.anchor ? Math.floor(context.anchor.year / 100) : null;
  // "the '20s" in a 2025 article is the 2020s; in a 1998 one, the 1920s.
  const decade = Number(match[3]);
  if (century === null) return { type: 'DATE', value: `XX${decade}` };
  const year = century * 100 + decade * 10;
  return { type: 'DATE', value: String(year > context.anchor!.year ? year - 100 : year).slice(0, 3) };
}, { starts: ['the'], digits: true, marks: "'" }));

const ORDINAL_WORDS = alternation(Object.keys(ORDINALS));

export const centuryParser = patternParser('century', `(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORDS}))[\\s-]century`, (_context, match) => {
  const ordinal = match[1] ? Number(match[1]) : lookup(ORDINALS, match[2]);
  if (!ordinal) return null;
  return { type: 'DATE', value: String(ordinal - 1).padStart(2, '0') };
}, { starts: ['the', ...firstWordsOf(Object.keys(ORDINALS))], digits: true, requires: ['century'] });
