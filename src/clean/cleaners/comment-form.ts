// WordPress's comment form, scraped with the article: "Leave a Reply", "Your email address
// will not be published. Required fields are marked *", "Post Comment" … (seed 003 ends on
// two of them). Whole lines only, so prose such as "He did not leave a reply to the letter."
// is never touched.
import type { Cleaner } from '../cleaner.js';
import { deleteLineBlock, findLineBlocks, normalizeLine, splitLines, type LineKind } from '../lines.js';

// Lines that are the form on their own.
const FORM_LINES: readonly RegExp[] = [
  // The form's heading; replying to a comment renders "Leave a Reply to Jane Cancel reply".
  /^leave a (?:reply|comment)(?: to .+ cancel reply| cancel reply)?$/i,
  /^cancel reply$/i,
  /^your email address will not be published\.?(?: required fields are marked \*)?$/i,
  /^required fields are marked \*$/i,
  /^save my name, email, and website in this browser for the next time i comment\.?$/i,
  /^post comment$/i,
  /^you must be logged in to post a comment\.?$/i,
  /^this site uses akismet to reduce spam\. learn how your comment data is processed\.?$/i,
];

// Field labels: noise inside a form, but a line "Name" or "Comment" alone could be anything.
// "Δ" is the label of Akismet's hidden anti-spam field.
const FIELD_LINES: readonly RegExp[] = [/^(?:comment|name|email|website|url)(?: \*)?$/i, /^Δ$/];

function classify(line: { text: string }): LineKind {
  const text = normalizeLine(line.text);
  if (FORM_LINES.some((pattern) => pattern.test(text))) return 'strong';
  if (FIELD_LINES.some((pattern) => pattern.test(text))) return 'weak';
  return null;
}

export const commentFormCleaner: Cleaner = {
  name: 'comment-form',
  find(text) {
    const lines = splitLines(text);
    return findLineBlocks(lines, classify).map(({ first, last }) => deleteLineBlock(lines, first, last, 'comment-form'));
  },
};
