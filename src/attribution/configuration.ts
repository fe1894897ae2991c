// The cue recognisers, in the order they are tried on each candidate; the first that reads
// the candidate wins.
import type { Recogniser } from './sentence-context.js';
import { colonSpeaker } from './recognisers/colon-speaker.js';
import { sourcePhrase } from './recognisers/source-phrase.js';
import { hearsay } from './recognisers/hearsay.js';
import { afterContent } from './recognisers/after-content.js';
import { subjectVerb } from './recognisers/subject-verb.js';
import { reportingNoun } from './recognisers/reporting-noun.js';

export const RECOGNISERS: readonly Recogniser[] = [
  colonSpeaker,
  sourcePhrase,
  hearsay,
  // Before subjectVerb: "…, X said." is also a subject and a verb, but its content is behind it.
  afterContent,
  subjectVerb,
  reportingNoun,
];
