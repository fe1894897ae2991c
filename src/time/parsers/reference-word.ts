// Words that place a statement in the present, past or future without a date: "now",
// "currently" PRESENT_REF; "recently", "formerly", "in the past" PAST_REF; "the future",
// "soon" FUTURE_REF.
import { patternParser } from '../timex-parser.js';
import { firstWordsOf } from '../word-index.js';

const PRESENT = ['now', 'currently', 'current', 'at present', 'presently', 'nowadays', 'these days', 'the present', 'at the moment', 'at this time', 'for the time being'];
// Not "previously", "soon", "eventually" or a bare "future": TimeBank's annotators leave them out far more often than not.
const PAST = ['recently', 'lately', 'formerly', 'the past', 'once upon a time', 'in the old days'];
const FUTURE = ['the future', 'as soon as possible', 'a later date', 'the near future', 'the distant future', 'the long term', 'the longer term', 'the near term', 'the short term'];

const REFERENCES: Record<string, string> = {};
for (const word of PRESENT) REFERENCES[word] = 'PRESENT_REF';
for (const word of PAST) REFERENCES[word] = 'PAST_REF';
for (const word of FUTURE) REFERENCES[word] = 'FUTURE_REF';

const WORDS = Object.keys(REFERENCES).sort((a, b) => b.length - a.length).map((word) => word.replace(/ /g, '\\s+')).join('|');

/** Adjective uses that are not about time: "current account", "the current" (a stream), "future contracts". */
const NOT_TEMPORAL_AFTER = /^\s+(?:account|accounts|affairs|events|contracts?|tense|perfect|flows?|generations?|prices?)\b/i;

export const referenceWordParser = patternParser('reference-word', `(${WORDS})`, (context, match) => {
  const word = match[1].toLowerCase().replace(/\s+/g, ' ');
  const end = match.index + match[0].length;
  if (NOT_TEMPORAL_AFTER.test(context.text.slice(end, end + 20))) return null;
  return { type: 'DATE', value: REFERENCES[word] };
}, { starts: firstWordsOf(Object.keys(REFERENCES)) });
