// An article's tone for GDELT's AvgTone. GDELT scores the share of positive words minus the
// share of negative words against its own dictionaries, from -100 to +100, most articles
// between -10 and +10. annalist uses wink-nlp's sentiment (it ships with the model: AFINN-style
// word valences, negation-aware, averaged per sentence and then over the document's
// sentences, from -1 to +1) times 10, so that it spans GDELT's usual range with the same sign.
// It is not GDELT's dictionary: compare tones within annalist output, not with GDELT's own.
import { winkSentiment } from '../nlp/wink.js';

const SCALE = 10;

export function articleTone(text: string): number {
  const nlp = winkSentiment();
  const score = nlp.readDoc(text).out(nlp.its.sentiment) as unknown as number;
  return Number.isFinite(score) ? Math.round(score * SCALE * 1000) / 1000 : 0;
}
