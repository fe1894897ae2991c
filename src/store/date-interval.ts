// An event date is stored at the granularity the text supports ("2018", "2018-09",
// "2018-09-14"). Comparing such dates as strings or padding them to a day would invent
// precision, so filters and exporters reason on the interval of days a date covers:
// "2018-09" is 2018-09-01 … 2018-09-30.

export type DateGranularity = 'year' | 'month' | 'day';

export interface DateInterval {
  /** First day covered, YYYY-MM-DD. */
  start: string;
  /** Last day covered, YYYY-MM-DD. */
  end: string;
  granularity: DateGranularity;
  year: number;
  /** 1–12, or null for a year. */
  month: number | null;
  /** 1–31, or null for a year or a month. */
  day: number | null;
}

// A time of day may follow a full date ("2025-11-21T14:30Z"); it narrows nothing we filter on.
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

/** The days an ISO date at year, month or day granularity covers; null for anything else. */
export function dateInterval(date: string): DateInterval | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) {
    return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31`, granularity: 'year', year, month, day };
  }
  const lastDay = daysInMonth(year, month);
  if (day === null) {
    return {
      start: `${match[1]}-${match[2]}-01`,
      end: `${match[1]}-${match[2]}-${String(lastDay).padStart(2, '0')}`,
      granularity: 'month', year, month, day,
    };
  }
  if (day < 1 || day > lastDay) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return { start: iso, end: iso, granularity: 'day', year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
