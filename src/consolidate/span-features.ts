// Features of an event mention given only as a character span of an analysed article: the
// head of the span, and what the language layers found around it (participants and dates of
// its sentence, the attribution that covers it).
import type { Doc } from '../doc/doc.js';
import { sentenceAt } from '../doc/sentence-at.js';
import { dateInterval } from '../store/date-interval.js';
import type { EventFamilies } from './event-families.js';
import type { MentionFeatures } from './mention-features.js';
import { participantKey } from './participant-key.js';

export interface MentionSpan {
  id: string;
  /** Offsets into the article's original text. */
  start: number;
  end: number;
}

const HEAD_POS = ['VERB', 'NOUN', 'PROPN', 'ADJ'];

/** Token range [first, last) of the clean text that the original span covers. */
function spanTokens(doc: Doc, span: MentionSpan): [number, number] {
  const tokens = doc.tokenTable;
  let first = 0;
  while (first < tokens.length && doc.toOriginal(tokens.start[first], tokens.end[first]).end <= span.start) first++;
  let last = first;
  while (last < tokens.length && doc.toOriginal(tokens.start[last], tokens.end[last]).start < span.end) last++;
  return [first, Math.max(last, first + 1)];
}

/** The word that names the event: the first verb ("checked herself into"), else the last noun ("90-day stay"). */
function headToken(doc: Doc, first: number, last: number): number {
  const pos = doc.tokenTable.pos;
  for (let t = first; t < last; t++) if (pos[t] === 'VERB') return t;
  for (const wanted of HEAD_POS) {
    for (let t = last - 1; t >= first; t--) if (pos[t] === wanted) return t;
  }
  return Math.min(last - 1, doc.tokenTable.length - 1);
}

/** The head's lemma; wink leaves some plurals unreduced ("negotiations", a headline's "Checks"). */
function headLemma(doc: Doc, token: number): string {
  const tokens = doc.tokenTable;
  const lemma = tokens.lemma[token].toLowerCase();
  if (lemma !== tokens.lower[token] || (tokens.pos[token] !== 'NOUN' && tokens.pos[token] !== 'PROPN')) return lemma;
  if (lemma.endsWith('ies')) return `${lemma.slice(0, -3)}y`;
  return /[^sui]s$/.test(lemma) ? lemma.slice(0, -1) : lemma;
}

export function featuresOfSpan(doc: Doc, span: MentionSpan, story: string, families: EventFamilies): MentionFeatures {
  const tokens = doc.tokenTable;
  const [first, last] = spanTokens(doc, span);
  const head = headToken(doc, first, last);
  const sentence = head < tokens.length ? sentenceAt(doc.sentences, tokens.start[head]) : -1;
  const participants = new Set<string>();
  for (const actor of doc.actorMentions) {
    if (actor.sentence !== sentence) continue;
    const key = participantKey(actor.identity);
    if (key !== null) participants.add(key);
  }
  const dated = doc.timexes.find((timex) => timex.sentence === sentence && timex.type === 'DATE' && dateInterval(timex.value) !== null);
  const interval = dated ? dateInterval(dated.value) : null;
  const frame = doc.attributions.find((f) => f.content.tokenStart <= head && head < f.content.tokenEnd);
  return {
    id: span.id,
    document: doc.article.id,
    story,
    lemma: head < tokens.length ? families.familyOf(headLemma(doc, head)) : '',
    code: null,
    symmetric: false,
    participants: [...participants].sort(),
    date: interval ? { start: interval.start, end: interval.end } : null,
    status: frame?.status ?? 'asserted',
    roles: null,
  };
}
