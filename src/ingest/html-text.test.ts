import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from './html-text.js';

const body = (html: string) => (new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html') as unknown as Document).body;

describe('blockText', () => {
  it('separates block elements by blank lines and <br> by a line break', () => {
    expect(blockText(body('<div><h2>Head</h2><p>One\n   two.</p><p>Three<br>four.</p><ul><li>a</li><li>b</li></ul></div>'))).toBe(
      'Head\n\nOne two.\n\nThree\nfour.\n\na\n\nb',
    );
  });

  it('keeps inline elements inside their paragraph and drops scripts', () => {
    expect(blockText(body('<p>The <a href="#">mayor</a> <em>said</em> so.<script>var x = 1;</script></p>'))).toBe('The mayor said so.');
  });

  it('keeps non-breaking spaces, which are content', () => {
    expect(blockText(body('<p>10&nbsp;km</p>'))).toBe('10\u00a0km');
  });

  it('separates table cells', () => {
    expect(blockText(body('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>'))).toBe('a b\n\nc');
  });
});
