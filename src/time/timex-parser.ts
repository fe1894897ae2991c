// The recogniser's moving parts, after chrono (src/chrono.ts): parsers find candidate
// expressions with a TIMEX3 type and value; refiners then drop, merge or re-anchor them,
// in the order src/time/configuration.ts gives.
import type { TimexType } from '../doc/layers.js';
import type { Day } from './calendar.js';
import type { Tense } from './tense.js';

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
}

export interface TimexParser {
  name: string;
  find(context: TimexContext): TimexCandidate[];
}

export interface TimexRefiner {
  name: string;
  refine(context: TimexContext, candidates: TimexCandidate[]): TimexCandidate[];
}

export type Extraction = Pick<TimexCandidate, 'type' | 'value'> & Partial<Pick<TimexCandidate, 'start' | 'end' | 'yearImplied' | 'dayImplied'>>;

/**
 * A parser from one regular expression, chrono's pattern + extract: `extract` returns null to
 * decline, and the search resumes one character later. The pattern is wrapped in word
 * boundaries ("1989" inside "$1989.50" or "Mayor" never start a match).
 */
export function patternParser(name: string, source: string, extract: (context: TimexContext, match: RegExpExecArray) => Extraction | null, flags = 'i'): TimexParser {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}$£€¥])(?:${source})(?![\\p{L}\\p{N}]|-\\p{L}|[.,]\\d)`, `gu${flags}`);
  return {
    name,
    find(context) {
      const found: TimexCandidate[] = [];
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(context.text))) {
        const extraction = extract(context, match);
        if (!extraction) {
          pattern.lastIndex = match.index + 1;
          continue;
        }
        const { start, end, ...rest } = extraction;
        found.push({ ...rest, start: start ?? match.index, end: end ?? match.index + match[0].length, rule: `annalist/${name}` });
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

/** Runs every parser, then every refiner in order. */
export function recognize(context: TimexContext, parsers: readonly TimexParser[], refiners: readonly TimexRefiner[]): TimexCandidate[] {
  let candidates: TimexCandidate[] = parsers.flatMap((parser, priority) => parser.find(context).map((candidate) => ({ ...candidate, priority })));
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of refiners) candidates = refiner.refine(context, candidates);
  return candidates;
}
