// chrono keeps a trailing comma or space in a result's text ("September,"); the span of a
// time expression ends at its last word.
import type { Refiner } from 'chrono-node';

export const trimPunctuation: Refiner = {
  refine(_context, results) {
    for (const result of results) {
      const trimmed = result.text.replace(/[\s,;:.]+$/u, '');
      if (trimmed.length > 0) result.text = trimmed;
    }
    return results;
  },
};
