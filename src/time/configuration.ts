// chrono's casual English, plus our parsers and refiners. Order matters where noted.
import * as chrono from 'chrono-node';
import { lastMonthNameParser } from './parsers/last-month-name.js';
import { monthWordFilter } from './refiners/month-word-filter.js';
import { trimPunctuation } from './refiners/trim-punctuation.js';

export function createChrono(): chrono.Chrono {
  const instance = chrono.casual.clone();
  // First, so that "last September" wins over chrono's own reading of "September".
  instance.parsers.unshift(lastMonthNameParser);
  instance.refiners.push(monthWordFilter);
  // Last: later refiners must see the final text.
  instance.refiners.push(trimPunctuation);
  return instance;
}
