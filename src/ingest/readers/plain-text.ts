// A plain-text article: the first non-empty line is its title, and the text is the whole
// content as given (title line included), so every offset points into the file as written.
import type { ReaderItem } from '../types.js';

/** A first "line" longer than this is a paragraph from a file without a headline, not a title. */
const MAX_TITLE_LENGTH = 300;

export function* readPlainText(text: string, input: string): Iterable<ReaderItem> {
  yield { kind: 'draft', input, draft: { title: titleLine(text), published: null, outlet: null, url: null, text }, warnings: [] };
}

function titleLine(text: string): string | null {
  const line = text.split(/\r\n|\r|\n/).find((candidate) => candidate.trim() !== '');
  if (line === undefined) return null;
  // Markdown files open with "# Headline"; the marks are not part of the title.
  const title = line.trim().replace(/^#{1,6}\s+/, '');
  return title.length > MAX_TITLE_LENGTH ? null : title;
}
