// Publication dates arrive as ISO timestamps, RFC 2822 strings from feeds, or "December 8,
// 2019" from bylines; the contract wants YYYY-MM-DD. The date is read as written, never
// through a time zone: "2019-12-08T23:30:00-05:00" was published on the 8th where it was
// written, although it is the 9th in UTC.

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T\s])/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?=$|[T\s])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?=$|T)/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');

/**
 * YYYY-MM-DD for a date string, or null when it names no full calendar date. Numeric
 * day/month orders ("08/12/2019") are refused: the US and the rest read them differently.
 */
export function normalizePublished(value: string): string | null {
  const text = value.trim();
  const numeric = ISO.exec(text) ?? SLASHED.exec(text) ?? COMPACT.exec(text);
  if (numeric) return calendarDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return calendarDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return calendarDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  return null;
}

function monthNumber(name: string): number {
  return MONTH_INDEX.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
