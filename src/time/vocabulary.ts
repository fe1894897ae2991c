// English time words and their values (chrono's constants.ts, in spirit): month and weekday
// names, counted units, number words. Patterns are built from these tables, longest first.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, febr: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** ISO weekday numbers: Monday 1 … Sunday 7. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3, thursday: 4, thurs: 4, thu: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** TIMEX3 season codes. */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** TIMEX3 parts of the day. */
export const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** A counted unit as it is written, singular or plural. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'millennium';

export const UNITS: Record<string, Unit> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day',
  week: 'week', weeks: 'week',
  weekend: 'weekend', weekends: 'weekend',
  fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month',
  quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year',
  decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
  millennium: 'millennium', millennia: 'millennium', millenniums: 'millennium',
};

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

/** Words that count without saying how many: "several years" is PXY. */
export const VAGUE_QUANTITIES = ['a few', 'a couple of', 'couple of', 'several', 'some', 'many', 'few', 'a number of', 'numerous', 'countless'];

/** Alternation of `words`, longest first so that "september" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/** The words a cardinal written in words begins with. */
export const NUMBER_WORDS = [...Object.keys(TENS), ...Object.keys(SMALL_NUMBERS), 'hundred', 'thousand'];

/** A cardinal written in words or digits: "twenty-four", "twenty four", "1,000", "two hundred". */
export const NUMBER_WORD_PATTERN = `(?:(?:${alternation(Object.keys(TENS))})(?:[\\s-](?:${alternation(Object.keys(SMALL_NUMBERS))}))?|${alternation(Object.keys(SMALL_NUMBERS))}|hundred|thousand)(?:[\\s-](?:hundred|thousand))?`;
export const NUMBER_PATTERN = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_WORD_PATTERN})`;

/** The value of a cardinal matched by NUMBER_PATTERN; null when it is not one. */
export function parseNumber(text: string): number | null {
  const lower = text.toLowerCase().trim();
  if (/^[\d,]+(\.\d+)?$/.test(lower)) return Number(lower.replace(/,/g, ''));
  let total = 0;
  let current = 0;
  for (const word of lower.split(/[\s-]+/)) {
    if (word in SMALL_NUMBERS) current += SMALL_NUMBERS[word];
    else if (word in TENS) current += TENS[word];
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (word === 'a' || word === 'an') current += 1;
    else return null;
  }
  return total + current;
}

export function lookup<T>(table: Record<string, T>, word: string): T | undefined {
  const key = word.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
