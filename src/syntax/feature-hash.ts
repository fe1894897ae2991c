// Features are 32-bit keys: a template number mixed with up to three atom values (word hashes,
// tag ids, distances), so that near-equal atoms land far apart; keys are never 0, which the
// feature table keeps for an empty slot.

// Multiply-xorshift mixing: atoms are already well spread (word hashes) or small (tags), so one
// multiplication per atom and a final avalanche keep distinct features apart at a fraction of
// MurmurHash3's cost; this runs for every feature of every parser state.
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0x165667b1);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`; atoms for words and affixes. */
export function hashText(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
