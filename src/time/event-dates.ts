// The time expressions that can date an event: calendar dates at year, month or day precision
// ("2018", "2018-09", "2018-09-14"; a clock time counts as its day). Lengths ("P15M"), sets,
// "PRESENT_REF", weeks and quarters stay in the time layer but date no event: an event record's
// date is an ISO date, and "the conversation lasted less than 15 minutes" is no date.
import type { Timex } from '../doc/layers.js';
import { granularityOfValue } from './normalize.js';

const derived = new WeakMap<readonly Timex[], Timex[]>();

/** The same array for the same layer, so that stages comparing timexes by identity agree. */
export function eventDates(timexes: readonly Timex[]): Timex[] {
  let dates = derived.get(timexes);
  if (!dates) {
    dates = timexes.filter((timex) => (timex.type === 'DATE' || timex.type === 'TIME') && granularityOfValue(timex.value) !== null)
      .map((timex) => (timex.type === 'TIME' ? { ...timex, value: timex.value.slice(0, 10) } : timex));
    derived.set(timexes, dates);
  }
  return dates;
}
