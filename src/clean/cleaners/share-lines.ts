// Lines that are only share, subscribe, advertising or onward-link furniture ("Share this:",
// "Advertisement", "Read more: …"). The phrases live in lexicons/clean/furniture-lines.txt.
import type { Cleaner } from '../cleaner.js';
import { isFurnitureLine, loadFurnitureLines, type FurnitureLexicon } from '../furniture-lexicon.js';
import { deleteLineBlock, findLineBlocks, splitLines } from '../lines.js';

/** A share-lines cleaner over `lexicon`; without one it reads the default lexicon file on first use. */
export function createShareLinesCleaner(lexicon?: FurnitureLexicon): Cleaner {
  let loaded = lexicon;
  return {
    name: 'share-lines',
    find(text) {
      loaded ??= loadFurnitureLines();
      const furniture = loaded;
      const lines = splitLines(text);
      // Consecutive furniture lines go as one block, so no blank lines are left between them.
      return findLineBlocks(lines, (line) => (isFurnitureLine(furniture, line.text) ? 'strong' : null))
        .map(({ first, last }) => deleteLineBlock(lines, first, last, 'share-lines'));
    },
  };
}

export const shareLinesCleaner: Cleaner = createShareLinesCleaner();
