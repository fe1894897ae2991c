// The headline printed twice at the top of the body (seed 003: title, blank line, the same
// title again). The second copy is deleted with its line break; the first stays, because a
// headline can carry an event ("Giuliani held phone call with Maduro").
import type { Cleaner } from '../cleaner.js';
import { deleteLineBlock, isBlank, normalizeLine, splitLines } from '../lines.js';
import type { TextEdit } from '../offset-map.js';

// A kicker ("Politics") or a byline may come before the headline; deeper than this is body.
const HEADER_LINES = 4;

function comparable(text: string): string {
  return normalizeLine(text).toLowerCase();
}

export const repeatedHeadlineCleaner: Cleaner = {
  name: 'repeated-headline',
  find(text, context) {
    const lines = splitLines(text);
    const header: number[] = [];
    for (let index = 0; index < lines.length && header.length < HEADER_LINES + 1; index++) {
      if (!isBlank(lines[index])) header.push(index);
    }
    const repeats = (headline: string, position: number) =>
      position + 1 < header.length
      && comparable(lines[header[position]].text) === headline
      && comparable(lines[header[position + 1]].text) === headline;
    const edit = (position: number): TextEdit[] => [deleteLineBlock(lines, header[position + 1], header[position + 1], 'repeated-headline')];

    const title = context.title === null ? '' : comparable(context.title);
    if (title !== '') {
      for (let position = 0; position < HEADER_LINES; position++) {
        if (repeats(title, position)) return edit(position);
      }
    }
    // Without a title, or with one that carries a site suffix ("… | The Hill") and so matches
    // no line, the first line is the headline.
    if (header.length > 0 && repeats(comparable(lines[header[0]].text), 0)) return edit(0);
    return [];
  },
};
