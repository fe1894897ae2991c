import type { TokenTable } from './token-table.js';

/** Index of the first token that ends after the clean-text offset (binary search); `tokens.length` if none. */
export function tokenAtOffset(tokens: TokenTable, offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens.end[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
