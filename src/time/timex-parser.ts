// The recogniser's moving parts, after chrono (src/chrono.ts): parsers find candidate
// expressions with a TIMEX3 type and value; refiners then drop, merge or re-anchor them,
// in the order src/time/configuration.ts gives.
import type { TimexType } from '../doc/layers.js';
import type { Day } from './calendar.js';
import type { Tense } from './tense.js';
import { startFinder, type WordCues } from './word-index.js';

export interface TimexContext {
  /** The text being read (the clean text in the pipeline). */
  text: string;
  /** The publication date that relative expressions are anchored to; null when unknown. */
  anchor: Day | null;
  /** Grammatical time of the clause around a text offset. */
  tenseAt(offset: number): Tense;
}

export interface TimexCandidate {
  start: number;
  /** Exclusive. */
  end: number;
  type: TimexType;
  /** TIMEX3 value: 2018-09, P3Y, PRESENT_REF, XXXX-09 … */
  value: string;
  /** Which parser (or refiner) produced the value. */
  rule: string;
  /** The year was not written but inferred from the anchor and the tense: document refiners may change it. */
  yearImplied?: boolean;
  /** A clock time or part of day whose day was not written: refiners may find it next to it ("5 p.m. Nov. 9"). */
  dayImplied?: boolean;
  /** Rank of the producing parser in the configuration; lower wins a tie between equal spans. */
  priority?: number;
  /** A date counted in units from the anchor ("two years ago"): length modifiers ("nearly", "more than") qualify it, as they do a duration. */
  counted?: boolean;
  /** The expression lies this many years before the time the story is about ("a year earlier", "the year-ago quarter"): refiners may count them from a quarter named before. */
  yearsBack?: number;
}

export interface TimexParser {
  name: string;
  find(context: TimexContext): TimexCandidate[];
}

export interface TimexRefiner {
  name: string;
  refine(context: TimexContext, candidates: TimexCandidate[]): TimexCandidate[];
}

export type Extraction = Pick<TimexCandidate, 'type' | 'value'> & Partial<Pick<TimexCandidate, 'start' | 'end' | 'yearImplied' | 'dayImplied' | 'counted' | 'yearsBack'>>;

/**
 * A parser from one regular expression, chrono's pattern + extract: `extract` returns null to
 * decline, and the search resumes one character later. The pattern is wrapped in word
 * boundaries ("1989" inside "$1989.50" or "Mayor" never start a match). With `cues` (the
 * words every match begins with, and one of which it contains) the pattern is tried only
 * where such a word begins, which finds the same matches as searching every offset.
 */
export function patternParser(name: string, source: string, extract: (context: TimexContext, match: RegExpExecArray) => Extraction | null, cues?: WordCues): TimexParser {
  const wrapped = `(?<![\\p{L}\\p{N}$£€¥])(?:${source})(?![\\p{L}\\p{N}]|-\\p{L}|[.,]\\d)`;
  const pattern = new RegExp(wrapped, 'gui');
  const sticky = new RegExp(wrapped, 'yui');
  const startsOf = cues ? startFinder(cues) : () => null;
  const rule = `annalist/${name}`;
  const candidate = (match: RegExpExecArray, extraction: Extraction): TimexCandidate => {
    const found: TimexCandidate = { type: extraction.type, value: extraction.value, start: extraction.start ?? match.index, end: extraction.end ?? match.index + match[0].length, rule };
    // Spelled out rather than spread: this runs for every match, and a spread is several times slower.
    if ('yearImplied' in extraction) found.yearImplied = extraction.yearImplied;
    if ('dayImplied' in extraction) found.dayImplied = extraction.dayImplied;
    if (extraction.counted) found.counted = true;
    if (extraction.yearsBack !== undefined) found.yearsBack = extraction.yearsBack;
    return found;
  };
  return {
    name,
    find(context) {
      const found: TimexCandidate[] = [];
      const starts = startsOf(context.text);
      if (starts) {
        let resume = 0;
        for (const start of starts) {
          if (start < resume) continue;
          sticky.lastIndex = start;
          const match = sticky.exec(context.text);
          const extraction = match && extract(context, match);
          if (!extraction) continue;
          found.push(candidate(match, extraction));
          resume = sticky.lastIndex;
        }
        return found;
      }
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(context.text))) {
        const extraction = extract(context, match);
        if (!extraction) {
          pattern.lastIndex = match.index + 1;
          continue;
        }
        found.push(candidate(match, extraction));
      }
      return found;
    },
  };
}

/**
 * `parser`, run only on texts that contain `trigger`: words that every match of its pattern
 * contains, with the pattern's flags. Most parsers find nothing in most articles; one quick
 * search for their words saves their pattern's slower one.
 */
export function triggeredBy(trigger: RegExp, parser: TimexParser): TimexParser {
  return {
    name: parser.name,
    find: (context) => (trigger.test(context.text) ? parser.find(context) : []),
  };
}

/** Runs every parser, then every refiner in order. A parser's candidates are its own to hand over: they take its rank. */
export function recognize(context: TimexContext, parsers: readonly TimexParser[], refiners: readonly TimexRefiner[]): TimexCandidate[] {
  let candidates: TimexCandidate[] = [];
  parsers.forEach((parser, priority) => {
    for (const candidate of parser.find(context)) {
      candidate.priority = priority;
      candidates.push(candidate);
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of refiners) candidates = refiner.refine(context, candidates);
  return candidates;
}
