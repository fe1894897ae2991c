// The default cleaners, in order. Every cleaner reads the original text, so the order does
// not change what each one finds; it decides which edit wins when two propose the same
// range (applyEdits keeps the first listed) and the order `annalist pipeline` prints.
// Where ranges merely overlap, the edit that starts first wins (see applyEdits).
import type { Cleaner } from './cleaner.js';
import { commentFormCleaner } from './cleaners/comment-form.js';
import { hoverCardCleaner } from './cleaners/hover-card.js';
import { nonBreakingSpaceCleaner } from './cleaners/non-breaking-space.js';
import { repeatedHeadlineCleaner } from './cleaners/repeated-headline.js';
import { createShareLinesCleaner } from './cleaners/share-lines.js';
import type { FurnitureLexicon } from './furniture-lexicon.js';

export function defaultCleaners(furniture: FurnitureLexicon): readonly Cleaner[] {
  return [
    // The Hill's hover cards: their teaser headlines ("Davis: Supreme Court decision is bad news
    // for Trump …") would otherwise become actors and events downstream.
    hoverCardCleaner,
    // Seed 003 prints its headline twice; one copy must go or every headline event counts double.
    repeatedHeadlineCleaner,
    // Whole-line boilerplate. The comment form comes before the general furniture list so that
    // lines both claim (the form's "Email" label is also a share button) are credited to the form.
    commentFormCleaner,
    createShareLinesCleaner(furniture),
    // Its one-character edits often fall inside the deletions above ("…\u00a0MORE"); the
    // covering deletion wins whatever the order, so this place is free.
    nonBreakingSpaceCleaner,
  ];
}
