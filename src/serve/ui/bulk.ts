// The stretch of time that holds a timeline's events. A date misread as 1066, or a story's
// background from 1979, would otherwise stretch the axis over centuries and squeeze the news
// into one bar (or make the timeline too long to draw). The bulk is the central 90% of the
// events, widened period by period to any events that lie no further out than the bulk is
// long (at least a year): an even spread of years is all kept; a lone far date is left out,
// and counted.
import type { TimelineBucket } from '../../store/store.js';

/** Share of events at each end that may lie outside the core before it is widened. */
const TAIL = 0.05;
const DAY = 86_400_000;
const MIN_REACH_DAYS = 366;

export interface Bulk {
  first: string;
  last: string;
  /** Events of the buckets outside [first, last]. */
  outside: number;
}

/** The bulk of `buckets` (ordered by period); null when there are none. */
export function bulkOf(buckets: readonly TimelineBucket[]): Bulk | null {
  const totals = new Map<string, number>();
  for (const bucket of buckets) totals.set(bucket.period, (totals.get(bucket.period) ?? 0) + bucket.events);
  const periods = [...totals.keys()].sort();
  if (periods.length === 0) return null;
  const all = [...totals.values()].reduce((sum, n) => sum + n, 0);
  const tail = all * TAIL;
  let low = 0;
  for (let seen = totals.get(periods[0])!; seen <= tail && low < periods.length - 1; seen += totals.get(periods[low])!) low++;
  let high = periods.length - 1;
  for (let seen = totals.get(periods[high])!; seen <= tail && high > low; seen += totals.get(periods[high])!) high--;
  const days = (period: string) => Date.parse(`${period}T00:00:00Z`) / DAY;
  const reach = Math.max(MIN_REACH_DAYS, days(periods[high]) - days(periods[low]));
  while (low > 0 && days(periods[low]) - days(periods[low - 1]) <= reach) low--;
  while (high < periods.length - 1 && days(periods[high + 1]) - days(periods[high]) <= reach) high++;
  const outside = periods.slice(0, low).concat(periods.slice(high + 1)).reduce((sum, period) => sum + totals.get(period)!, 0);
  return { first: periods[low], last: periods[high], outside };
}
