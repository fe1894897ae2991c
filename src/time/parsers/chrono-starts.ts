// chrono runs each parser's pattern from the start of the text, then again on the rest after
// each match (chrono.js executeParser): every run searches every offset. Most of chrono's
// patterns can begin only just before a month or weekday name, an ordinal or a digit, so
// here they are tried only there (src/time/word-index.ts), which finds the same matches.
//
// The cues below were read off chrono 2.10.3's patterns; a parser whose pattern is not the
// one they were read from (another chrono version) is searched everywhere, as before.
import type { Parser, ParsingContext } from 'chrono-node';
import { startFinder, type WordCues } from '../word-index.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORDINALS = [
  'twenty', 'thirty', 'seventeenth', 'thirteenth', 'fourteenth', 'eighteenth', 'nineteenth', 'fifteenth', 'sixteenth', 'twentieth',
  'thirtieth', 'eleventh', 'seventh', 'twelfth', 'second', 'fourth', 'eighth', 'first', 'third', 'fifth', 'sixth', 'ninth', 'tenth',
];

/** Where a chrono pattern can begin a match, for the pattern (a hash of its flags/source) this was read from. */
export interface ChronoStarts {
  pattern: string;
  /** Offsets of `text`, ascending, `before` characters after which a match can begin; null when it can begin anywhere. */
  startsIn(text: string): readonly number[] | null;
  before: number;
}

/** Matches begin `before` characters ahead of a cue: 1 for chrono's left boundary "(\W|^)", which takes the character before the word. */
function atCues(pattern: string, cues: WordCues, before: 0 | 1): ChronoStarts {
  return { pattern, startsIn: startFinder(cues), before };
}

/** chrono's parsers by class name. */
export const CHRONO_STARTS: Record<string, ChronoStarts> = {
  // (\W|^)(?:(?:\,|\(|\（)\s*)?(?:on\s*?)?(?:(this|last|past|next)\s*)?((?:wednesday|…|sat)|weekend|weekday)…
  ENWeekdayParser: atCues('572be61a', { prefixes: ['on', 'this', 'last', 'past', 'next', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'week'], marks: ',(（' }, 1),
  // (\W|^)(?:on\s{0,3})?((?:twenty seventh|…|tenth)|[0-9]{1,2}(?:st|nd|rd|th)?)…
  ENMonthNameLittleEndianParser: atCues('3cfc92ff', { prefixes: ['on', ...ORDINALS], digits: true }, 1),
  // (\W|^)((?:september|…|dec))…
  ENMonthNameMiddleEndianParser: atCues('f203d867', { prefixes: MONTHS }, 1),
  // (\W|^)((?:in)\s*)?((?:september|…|dec))…
  ENMonthNameParser: atCues('ed417595', { prefixes: ['in', ...MONTHS] }, 1),
  // (\W|^)((?:[1-9][0-9]{0,3}\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}))…
  ENYearMonthNameParser: atCues('9d7230bd', { digits: true }, 1),
  // (\W|^)([0-9]{4})[-\.\/\s]…
  ENYearMonthDayParser: atCues('ba6c188c', { digits: true }, 1),
  // (\W|^)([0-9]{4})\-…
  ISOFormatParser: atCues('63bee271', { digits: true }, 1),
  // (\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})
  ENSlashMonthFormatParser: atCues('d88516ed', { digits: true }, 1),
  // (^|\s|T|\b)(?:(?:at|from)\s*)??(\d{1,4})…
  ENTimeExpressionParser: { pattern: '282040d4', startsIn: clockTimeStarts, before: 0 },
};

/** src/time/parsers/last-month-name.ts: \b(last|this past|past)\s+(january|…|december)\b */
export const LAST_MONTH_NAME_STARTS = atCues('964faf28', { prefixes: ['last', 'this', 'past'] }, 0);

/**
 * Where chrono's clock-time pattern can begin. Its hour begins a run of digits (what comes
 * before the hour is "^", a space, "t", a word boundary or "at"/"from": never a digit), and
 * the match begins at the hour or the character before it, or at an "at"/"from" that only
 * spaces keep from the hour or the character before that.
 */
function clockTimeStarts(text: string): number[] {
  const starts: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  while (DIGIT_RUN.test(text)) {
    const hour = DIGIT_RUN.lastIndex - 1;
    let end = hour;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    const word = endsWithWord(text, end, 'from') ? 4 : endsWithWord(text, end, 'at') ? 2 : 0;
    if (word > 0) starts.push(end - word - 1, end - word);
    starts.push(hour - 1, hour);
  }
  return starts;
}

/** The first digit of each run of digits (the regular expression ends on it). */
const DIGIT_RUN = /(?<![0-9])[0-9]/g;

/** Whether text[end - word.length, end) is `word`, ASCII letters in any case (chrono's patterns are not Unicode-aware). */
function endsWithWord(text: string, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(end - word.length + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** \s of a regular expression, by character code. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** FNV-1a of a pattern's flags and source, in hex. */
export function patternHash(pattern: RegExp): string {
  const text = `${pattern.flags}/${pattern.source}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `parser`, its pattern tried only where `starts` says a match can begin. */
export function withStarts(parser: Parser, starts: ChronoStarts): Parser {
  let checked: { original: RegExp; sticky: RegExp | null } | null = null;
  const faster: Parser = Object.create(parser);
  faster.pattern = (context: ParsingContext) => {
    const original = parser.pattern(context);
    if (checked?.original !== original) checked = { original, sticky: patternHash(original) === starts.pattern ? new RegExp(original.source, `${original.flags}y`) : null };
    const offsets = checked.sticky && starts.startsIn(context.text);
    return offsets ? firstMatchAt(checked.sticky!, context.text, offsets, starts.before) : original;
  };
  return faster;
}

/**
 * A stand-in for a pattern that chrono runs on ends of `text` (`rest`): the first match in
 * `rest`, tried at its start (where "^" holds and a word may begin) and `before` characters
 * ahead of each offset.
 */
function firstMatchAt(sticky: RegExp, text: string, offsets: readonly number[], before: number): RegExp {
  const exec = (rest: string): RegExpExecArray | null => {
    const skipped = text.length - rest.length;
    sticky.lastIndex = 0;
    const match = sticky.exec(rest);
    if (match) return match;
    for (let k = firstAtLeast(offsets, skipped + before + 1); k < offsets.length; k++) {
      sticky.lastIndex = offsets[k] - before - skipped;
      const later = sticky.exec(rest);
      if (later) return later;
    }
    return null;
  };
  return { exec } as RegExp;
}

/** Index of the first value at least `value` in ascending `values`. */
function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
