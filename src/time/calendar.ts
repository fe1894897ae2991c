// Calendar arithmetic on plain days (no clock, no time zone) and the TIMEX3 spellings of
// days, weeks, months, quarters and years.

export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toUtc(day: Day): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Parses the day part of an ISO date or date-time ("2019-12-08", "1998-03-01T14:11"); null otherwise. */
export function parseDay(iso: string | null | undefined): Day | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay(day: Day): boolean {
  if (day.month < 1 || day.month > 12 || day.day < 1) return false;
  return day.day <= daysInMonth(day.year, day.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(day: Day, days: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** The month `months` away from `day`'s month: { year, month }. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(day: Day): number {
  return ((toUtc(day).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week: the week belongs to the year that holds its Thursday. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const firstOfYear = toUtc({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toUtc(thursday).getTime() - firstOfYear.getTime()) / 86_400_000 / 7) + 1;
  return { year: thursday.year, week };
}

/** 1–4 */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export const formatYear = (year: number) => pad(year, 4);
export const formatMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;
export const formatDay = (day: Day) => `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
export const formatQuarter = (year: number, quarter: number) => `${pad(year, 4)}-Q${quarter}`;
export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}
