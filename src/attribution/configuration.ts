// The cue recognisers, in the order they are tried on each candidate; the first that reads
// the candidate wins.
import type { Recogniser } from './sentence-context.js';
import { colonSpeaker } from './recognisers/colon-speaker.js';
import { sourcePhrase } from './recognisers/source-phrase.js';
import { hearsay } from './recognisers/hearsay.js';
import { invertedTag } from './recognisers/inverted-tag.js';
import { openingParticiple } from './recognisers/opening-participle.js';
import { passiveVerb } from './recognisers/passive-verb.js';
import { reportingVerb } from './recognisers/reporting-verb.js';
import { reportingNoun } from './recognisers/reporting-noun.js';

export const RECOGNISERS: readonly Recogniser[] = [
  colonSpeaker,
  sourcePhrase,
  hearsay,
  // Before reportingVerb, which would read the content before "said" as its subject ("“Nonsense,” wrote a reader").
  invertedTag,
  // Before reportingVerb: the parser often makes "Asked" the root and hangs the sentence's own clause on it.
  openingParticiple,
  passiveVerb,
  reportingVerb,
  reportingNoun,
];
