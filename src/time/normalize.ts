// What a TIMEX3 value says about a calendar date: its granularity, for events dated by it.

export type Granularity = 'year' | 'month' | 'day';

/** Granularity of an ISO value already formatted: "2018" → year, "2018-09" → month; null for XXXX-09, P15M, PAST_REF. */
export function granularityOfValue(value: string): Granularity | null {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  return null;
}
