// Features are 32-bit keys: a template number mixed with up to three atom values (word hashes,
// tag ids, distances). Mixing is MurmurHash3's, so near-equal atoms land far apart; keys are
// never 0, which the feature table keeps for an empty slot.

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function mixIn(hash: number, value: number): number {
  let k = Math.imul(value, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  let h = hash ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

export function featureKey(template: number, a: number, b = 0, c = 0): number {
  return finish(mixIn(mixIn(mixIn(mixIn(0x2545f491, template), a), b), c));
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
