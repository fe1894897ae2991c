// chrono's components → a TIMEX3-style value at the granularity the text supports.
import type { ParsedComponents } from 'chrono-node';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export type Granularity = 'year' | 'month' | 'day';

/** The finest component the text states (or that follows from a weekday / relative word). */
export function granularityOf(components: ParsedComponents, tags: Set<string>): Granularity | null {
  if (components.isCertain('day') || components.isCertain('weekday') || tags.has('result/relativeDate') && components.isCertain('hour')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  if ([...tags].some((tag) => tag.includes('Casual') || tag.includes('Relative'))) return 'day';
  return null;
}

export function formatDate(year: number, month: number, day: number, granularity: Granularity): string {
  if (granularity === 'year') return pad(year, 4);
  if (granularity === 'month') return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Granularity of an ISO value already formatted: "2018" → year, "2018-09" → month. */
export function granularityOfValue(value: string): Granularity | null {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  return null;
}
