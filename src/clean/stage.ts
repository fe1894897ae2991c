// The clean stage: runs every cleaner over the original article text, applies their edits
// and records the clean text, the offset map back to the original and the edits applied.
import type { Stage } from '../stage.js';
import type { Cleaner } from './cleaner.js';
import { applyEdits } from './offset-map.js';

export function createCleanStage(cleaners: readonly Cleaner[]): Stage {
  return {
    name: 'clean',
    requires: [],
    provides: ['clean'],
    run(doc) {
      const original = doc.article.text;
      const context = { title: doc.article.title };
      const edits = cleaners.flatMap((cleaner) => cleaner.find(original, context));
      const { text, map, applied } = applyEdits(original, edits);
      doc.cleanText = text;
      doc.offsetMap = map;
      doc.edits = applied;
    },
  };
}
