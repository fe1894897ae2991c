import type { Sentence } from './layers.js';

/** Index of the sentence containing the clean-text offset (binary search); -1 if none. */
export function sentenceAt(sentences: readonly Sentence[], cleanOffset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].cleanStart <= cleanOffset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
