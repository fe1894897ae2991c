// What the time stage runs, in order: chrono's calendar parsers (with two of ours), our
// TIMEX3 parsers, then the refiners. Order matters where noted.
// The English locale alone: the package's root module loads all of chrono's languages.
import * as chrono from 'chrono-node/en';
import type { TimexParser, TimexRefiner } from './timex-parser.js';
import { lastMonthNameParser } from './parsers/last-month-name.js';
import { chronoCalendarParser } from './parsers/chrono-calendar.js';
import { CHRONO_STARTS, LAST_MONTH_NAME_STARTS, withStarts } from './parsers/chrono-starts.js';
import { yearParser } from './parsers/year.js';
import { centuryParser, decadeParser } from './parsers/decade-century.js';
import { quarterParser, reportedQuarterParser } from './parsers/quarter.js';
import { relativeUnitParser, weekendParser } from './parsers/relative-unit.js';
import { barePluralParser, durationParser, halfUnitParser, spanOfUnitParser } from './parsers/duration.js';
import { unitsAgoParser } from './parsers/units-ago.js';
import { yearEarlierParser } from './parsers/year-earlier.js';
import { everyNamedParser, everyUnitParser, pluralWeekdayParser, rateParser, setAdverbParser } from './parsers/set.js';
import { referenceWordParser } from './parsers/reference-word.js';
import { casualDayParser, noonMidnightParser, partOfDayParser } from './parsers/casual-day.js';
import { seasonParser } from './parsers/season.js';
import { monthRelativeYearParser } from './parsers/month-relative-year.js';
import { theYearParser, yearEndParser } from './parsers/the-year.js';
import { spokenYearParser } from './parsers/spoken-year.js';
import { holidayParser } from './parsers/holiday.js';
import { monthWordFilter } from './refiners/month-word-filter.js';
import { trimPunctuation } from './refiners/trim-punctuation.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';
import { mergeDateAndTime } from './refiners/merge-date-and-time.js';
import { mergeMonthAndYear } from './refiners/merge-month-and-year.js';
import { narrativeDay } from './refiners/narrative-day.js';
import { extendModifiers } from './refiners/extend-modifiers.js';
import { resolveByDocument } from './refiners/resolve-by-document.js';
import { yearBackReference } from './refiners/year-back-reference.js';

/**
 * chrono's parsers for calendar dates and clock times. Relative and casual words ("last
 * week", "two years ago", "tonight") are left to our parsers, which give TIMEX3 values;
 * chrono's merging refiners are left out because they join expressions across commas
 * ("Wednesday, now", "Thursday, Jan. 6") that TIMEX3 keeps apart.
 */
const CHRONO_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser',
  'ENYearMonthNameParser', 'ENMonthNameParser',
]);
const CHRONO_REFINERS = new Set([
  'OverlapRemovalRefiner', 'ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner',
  'UnlikelyFormatFilter', 'ENExtractYearSuffixRefiner', 'ENUnlikelyFormatFilter',
]);

export function createChrono(): chrono.Chrono {
  const instance = chrono.casual.clone();
  instance.parsers = instance.parsers
    .filter((parser) => CHRONO_PARSERS.has(parser.constructor.name))
    .map((parser) => {
      const starts = CHRONO_STARTS[parser.constructor.name];
      return starts ? withStarts(parser, starts) : parser;
    });
  instance.refiners = instance.refiners.filter((refiner) => CHRONO_REFINERS.has(refiner.constructor.name));
  // First, so that "last September" wins over chrono's own reading of "September".
  instance.parsers.unshift(withStarts(lastMonthNameParser, LAST_MONTH_NAME_STARTS));
  instance.refiners.push(monthWordFilter);
  // Last: later refiners must see the final text.
  instance.refiners.push(trimPunctuation);
  return instance;
}

/** Between two readings of the same words, the parser listed first wins; otherwise the longer reading does. */
export function createTimexParsers(): TimexParser[] {
  return [
    // Before the durations: "$5 a year" is a rate, "a year" alone a length of time.
    rateParser,
    setAdverbParser,
    everyUnitParser,
    everyNamedParser,
    pluralWeekdayParser,
    unitsAgoParser,
    yearEarlierParser,
    quarterParser,
    reportedQuarterParser,
    relativeUnitParser,
    weekendParser,
    casualDayParser,
    partOfDayParser,
    noonMidnightParser,
    seasonParser,
    monthRelativeYearParser,
    holidayParser,
    yearParser,
    spokenYearParser,
    theYearParser,
    yearEndParser,
    decadeParser,
    centuryParser,
    durationParser,
    halfUnitParser,
    spanOfUnitParser,
    barePluralParser,
    referenceWordParser,
    // Last: between equal spans our parsers' TIMEX3 readings win ("last weekend" is 2019-W49-WE, not a Saturday).
    chronoCalendarParser(createChrono()),
  ];
}

export function createTimexRefiners(): TimexRefiner[] {
  return [
    removeOverlaps,
    // After overlaps are settled: it joins neighbours, which must no longer compete.
    mergeDateAndTime,
    mergeMonthAndYear,
    // After the merges: a time joined to its own day is no longer waiting for one.
    narrativeDay,
    extendModifiers,
    yearBackReference,
    // Last: it reads the final values of the whole article.
    resolveByDocument,
  ];
}
