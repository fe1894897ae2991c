// Calendar arithmetic for the timeline, in UTC days written YYYY-MM-DD.
import type { TimelineInterval } from '../../store/store.js';

const DAY = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

export function nextPeriod(period: string, interval: TimelineInterval): string {
  if (interval === 'day') return toDay(toTime(period) + DAY);
  if (interval === 'week') return toDay(toTime(period) + 7 * DAY);
  const [year, month] = period.split('-').map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Last day of the period that starts on `period`. */
export function periodEnd(period: string, interval: TimelineInterval): string {
  return toDay(toTime(nextPeriod(period, interval)) - DAY);
}

/** Every period from `first` to `last`, or null when there would be more than `max`. */
export function periodRange(first: string, last: string, interval: TimelineInterval, max: number): string[] | null {
  const periods: string[] = [];
  for (let period = first; period <= last; period = nextPeriod(period, interval)) {
    if (periods.length === max) return null;
    periods.push(period);
  }
  return periods;
}

/** The filter value that names a period as written: a day, a week's first day, or YYYY-MM. */
export function sinceValue(period: string, interval: TimelineInterval): string {
  return interval === 'month' ? period.slice(0, 7) : period;
}

export function untilValue(period: string, interval: TimelineInterval): string {
  return interval === 'month' ? period.slice(0, 7) : periodEnd(period, interval);
}

/** First and last day of a date filter written at any granularity (2025, 2025-03, 2025-03-19). */
export function boundDays(value: string | undefined): { first: string; last: string } | null {
  if (!value) return null;
  if (/^\d{4}$/.test(value)) return { first: `${value}-01-01`, last: `${value}-12-31` };
  if (/^\d{4}-\d{2}$/.test(value)) return { first: `${value}-01`, last: periodEnd(`${value}-01`, 'month') };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { first: value, last: value };
  return null;
}
