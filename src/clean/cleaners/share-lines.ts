// Lines that are only share, subscribe, advertising or onward-link furniture ("Share this:",
// "Advertisement", "Read more: …"). The phrases live in lexicons/clean/furniture-lines.txt.
import type { Cleaner } from '../cleaner.js';
import { isFurnitureLine, type FurnitureLexicon } from '../furniture-lexicon.js';
import { deleteLineBlock, findLineBlocks, splitLines } from '../lines.js';

export function createShareLinesCleaner(furniture: FurnitureLexicon): Cleaner {
  return {
    name: 'share-lines',
    find(text) {
      const lines = splitLines(text);
      // Consecutive furniture lines go as one block, so no blank lines are left between them.
      return findLineBlocks(lines, (line) => (isFurnitureLine(furniture, line.text) ? 'strong' : null))
        .map(({ first, last }) => deleteLineBlock(lines, first, last, 'share-lines'));
    },
  };
}
