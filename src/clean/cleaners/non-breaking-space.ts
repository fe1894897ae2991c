// Non-breaking and invisible characters from HTML scrapes. Seed 000 is full of them:
// "It\u00a0was", "Juan\u00a0Guaidó", "Venezuela.\u00a0\n", "foreign policy\u00a0 with".
// Between two words a non-breaking space becomes a space, one for one, so offsets stay
// aligned; where it only pads other whitespace or the end of a line it is deleted.
// Invisible characters are deleted: a soft hyphen or zero-width space inside "Gua\u00addó"
// would split the name for the tokenizer.
import type { Cleaner } from '../cleaner.js';
import type { TextEdit } from '../offset-map.js';

// NBSP, figure space, narrow NBSP: each renders as a space and should read as one.
const SPACE_LIKE = /[\u00A0\u2007\u202F]/;
// A run of horizontal whitespace holding at least one space-like character.
const SPACE_RUN = /[ \t\u00A0\u2007\u202F]*[\u00A0\u2007\u202F][ \t\u00A0\u2007\u202F]*/g;
// Soft hyphen, zero-width space, zero-width non-joiner and joiner, word joiner, BOM.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export const nonBreakingSpaceCleaner: Cleaner = {
  name: 'non-breaking-space',
  find(text) {
    const edits: TextEdit[] = [];
    const edit = (start: number, end: number, replacement: string) =>
      edits.push({ start, end, replacement, cleaner: 'non-breaking-space' });

    for (const run of text.matchAll(SPACE_RUN)) {
      const start = run.index;
      const end = start + run[0].length;
      const atLineEdge = start === 0 || end === text.length || /[\r\n]/.test(text[start - 1]) || /[\r\n]/.test(text[end]);
      const hasPlainSpace = /[ \t]/.test(run[0]);
      // The run keeps exactly one space between two words, and none at a line's edge.
      let spaceKept = atLineEdge || hasPlainSpace;
      for (let offset = start; offset < end; offset++) {
        if (!SPACE_LIKE.test(text[offset])) continue;
        edit(offset, offset + 1, spaceKept ? '' : ' ');
        spaceKept = true;
      }
    }
    for (const invisible of text.matchAll(INVISIBLE)) edit(invisible.index, invisible.index + 1, '');
    return edits.sort((a, b) => a.start - b.start);
  },
};
