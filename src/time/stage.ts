// Time expressions with TIMEX3-style values, anchored to the publication date and then
// refined with what chrono cannot see: the clause's tense and the rest of the document.
import type { ParsedResult } from 'chrono-node';
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import type { Timex } from '../doc/layers.js';
import { createChrono } from './configuration.js';
import { formatDate, granularityOf, type Granularity } from './normalize.js';
import { tenseNear } from './tense.js';
import { sentenceAt } from '../doc/sentence-at.js';

/** A date expression before its value is fixed: the year may still move. */
export interface DateCandidate {
  cleanStart: number;
  cleanEnd: number;
  text: string;
  year: number;
  month: number;
  day: number;
  granularity: Granularity;
  /** The text does not state the year: refiners may change it. */
  yearImplied: boolean;
  sentence: number;
  rule: string;
}

export function createTimeStage(): Stage {
  const chrono = createChrono();
  return {
    name: 'time',
    requires: ['tokens', 'sentences'],
    provides: ['timexes'],
    run(doc: Doc) {
      const published = doc.article.published;
      const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
      const results = chrono.parse(doc.cleanText, { instant: reference, timezone: 0 });
      const candidates: DateCandidate[] = [];
      for (const result of results) {
        const candidate = toCandidate(doc, result);
        if (candidate) candidates.push(candidate);
      }
      if (published) {
        resolveYearsByTense(doc, candidates, reference);
        resolveYearsByDocument(candidates);
      }
      doc.timexes = candidates.map((candidate): Timex => ({
        cleanStart: candidate.cleanStart,
        cleanEnd: candidate.cleanEnd,
        text: candidate.text,
        type: 'DATE',
        value: published || !candidate.yearImplied
          ? formatDate(candidate.year, candidate.month, candidate.day, candidate.granularity)
          : `XXXX${formatDate(2000, candidate.month, candidate.day, candidate.granularity).slice(4)}`,
        sentence: candidate.sentence,
        rule: candidate.rule,
      }));
    },
  };
}

function toCandidate(doc: Doc, result: ParsedResult): DateCandidate | null {
  const tags = result.tags();
  const granularity = granularityOf(result.start, tags);
  if (!granularity) return null;
  const date = result.start.date();
  const cleanStart = result.index;
  const cleanEnd = result.index + result.text.length;
  const sentence = sentenceAt(doc.sentences, cleanStart);
  return {
    cleanStart,
    cleanEnd,
    text: result.text,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    granularity,
    yearImplied: !result.start.isCertain('year') && !tags.has('annalist/last-month-name') && result.start.isCertain('month'),
    sentence,
    rule: [...tags].find((tag) => tag.startsWith('annalist/')) ?? [...tags][0] ?? 'chrono',
  };
}

/** "In January, the U.S. recognized …" in a December article is the past January, not the next. */
function resolveYearsByTense(doc: Doc, candidates: DateCandidate[], reference: Date): void {
  const tokens = doc.tokenTable;
  for (const candidate of candidates) {
    if (!candidate.yearImplied) continue;
    const sentence = doc.sentences[candidate.sentence];
    if (!sentence) continue;
    let token = sentence.tokenStart;
    while (token < sentence.tokenEnd && tokens.end[token] <= candidate.cleanStart) token++;
    const tense = tenseNear(tokens, token, sentence.tokenStart, sentence.tokenEnd);
    const time = Date.UTC(candidate.year, candidate.month - 1, candidate.granularity === 'day' ? candidate.day : 1);
    const referenceMonthStart = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), 1);
    if (tense === 'past' && time > reference.getTime() && !(candidate.granularity === 'month' && time === referenceMonthStart)) candidate.year -= 1;
    else if (tense === 'future' && time < reference.getTime() && candidate.granularity !== 'month') candidate.year += 1;
  }
}

/**
 * An explicit "September 2018" fixes the year of "last September" elsewhere in the same
 * article: a month named both ways in one story is, far more often than not, the same month.
 */
function resolveYearsByDocument(candidates: DateCandidate[]): void {
  const explicitYearByMonth = new Map<number, Set<number>>();
  for (const candidate of candidates) {
    if (candidate.yearImplied || candidate.rule === 'annalist/last-month-name' || candidate.granularity === 'year') continue;
    const years = explicitYearByMonth.get(candidate.month) ?? new Set<number>();
    years.add(candidate.year);
    explicitYearByMonth.set(candidate.month, years);
  }
  for (const candidate of candidates) {
    const relative = candidate.yearImplied || candidate.rule === 'annalist/last-month-name';
    const years = explicitYearByMonth.get(candidate.month);
    if (!relative || !years || years.size !== 1) continue;
    const [year] = years;
    if (Math.abs(year - candidate.year) <= 1) candidate.year = year;
  }
}
