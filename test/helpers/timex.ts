// Time expressions of a short text, as the time stage reads them (clean, nlp, time), in the
// compact form tests compare: [text, type, value]. The publication date is always explicit.
import { runUpTo, traceDoc } from './article.js';

export type TimexTriple = [text: string, type: string, value: string];

export function timexTriples(text: string, published: string | null): TimexTriple[] {
  const doc = runUpTo('time', text, published);
  return doc.timexes.map((timex) => [timex.text, timex.type, timex.value]);
}

/** The one expression whose text contains `words`, with the stage trace in the message when it is not there. */
export function timexContaining(text: string, published: string | null, words: string): TimexTriple | undefined {
  const doc = runUpTo('time', text, published);
  const found = doc.timexes.filter((timex) => timex.text.includes(words));
  if (found.length !== 1) throw new Error(`expected one timex containing "${words}", found ${found.length}\n  ${traceDoc(doc)}`);
  return [found[0].text, found[0].type, found[0].value];
}
