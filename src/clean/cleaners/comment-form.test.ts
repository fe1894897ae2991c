import { describe, expect, it } from 'vitest';
import { applyEdits } from '../offset-map.js';
import { commentFormCleaner } from './comment-form.js';

function clean(text: string): string {
  return applyEdits(text, commentFormCleaner.find(text, { title: null })).text;
}

describe('comment-form cleaner', () => {
  it('removes the footer of seed 003 and the break before it', () => {
    const text = 'Hegseth denies knowledge of the second attack.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *';
    expect(clean(text)).toBe('Hegseth denies knowledge of the second attack.');
  });

  it('removes a full form, field labels included, in the middle of a page', () => {
    const text = [
      'Last paragraph.', '', 'Leave a Comment', 'Cancel reply', '',
      'Your email address will not be published.', 'Required fields are marked *',
      'Comment *', 'Name *', 'Email *', 'Website', '',
      'Save my name, email, and website in this browser for the next time I comment.',
      'Post Comment', 'Δ', '', 'Next story.',
    ].join('\n');
    expect(clean(text)).toBe('Last paragraph.\n\nNext story.');
  });

  it('sees past NBSPs and CRLF line ends', () => {
    expect(clean('Body.\r\n\r\nLeave a\u00a0Reply\r\n')).toBe('Body.');
    expect(clean('Leave a Reply to Jane Doe Cancel reply\nBody.')).toBe('Body.');
  });

  it('proposes one edit per block', () => {
    const text = 'Body.\n\nLeave a Reply\n\nYour email address will not be published.';
    expect(commentFormCleaner.find(text, { title: null })).toEqual([
      { start: 'Body.'.length, end: text.length, replacement: '', cleaner: 'comment-form' },
    ]);
  });

  describe('negatives', () => {
    it.each([
      'He did not leave a reply to the letter.',
      'Leave a reply, the editor said, and we will print it.',
      'Your email address will not be published, the site promises, but it was.',
      'Officials would not comment.',
    ])('leaves %j alone', (text) => {
      expect(commentFormCleaner.find(text, { title: null })).toEqual([]);
    });

    it('leaves field labels alone when no form line is next to them', () => {
      expect(commentFormCleaner.find('Name\n\nJohn Smith\n\nEmail\n\njohn@example.com', { title: null })).toEqual([]);
    });
  });
});
