// chrono keeps a trailing comma or space in a result's text ("September,"); the span of a
// time expression ends at its last word. The full stop of "a.m." and "p.m." is part of the word.
import type { Refiner } from 'chrono-node';

export const trimPunctuation: Refiner = {
  refine(_context, results) {
    for (const result of results) {
      let trimmed = result.text.replace(/[\s,;:.)\]\-–—]+$/u, '');
      if (/\b[ap]\.m$/i.test(trimmed) && result.text.startsWith(`${trimmed}.`)) trimmed += '.';
      if (trimmed.length > 0) result.text = trimmed;
    }
    return results;
  },
};
