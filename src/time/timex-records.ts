// The time layer as output: offsets into the original article text (through the clean
// stage's offset map), the words as written there, the TIMEX3 type and value.
import type { Doc } from '../doc/doc.js';
import type { TimexType } from '../doc/layers.js';

export interface TimexRecord {
  article_id: string;
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export function toTimexRecords(doc: Doc): TimexRecord[] {
  return doc.timexes.map((timex) => {
    const { start, end } = doc.toOriginal(timex.cleanStart, timex.cleanEnd);
    return { article_id: doc.article.id, start, end, text: doc.article.text.slice(start, end), type: timex.type, value: timex.value };
  });
}
