// "may" and "march" are verbs far more often than months: "he may resign", "they march on".
// A month name written in lower case, standing alone, is dropped.
import type { Refiner } from 'chrono-node';

const AMBIGUOUS = /^(may|march|sat|sun|mon|wed|second)$/;

export const monthWordFilter: Refiner = {
  refine: (_context, results) => results.filter((result) => !AMBIGUOUS.test(result.text.trim())),
};
