import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from './html.js';

const page = readFileSync(new URL('../fixtures/article-page.html', import.meta.url), 'utf8');

describe('readHtml', () => {
  it('extracts the article text as paragraphs, without navigation or footer', () => {
    const [item] = [...readHtml(page, 'page.html')];
    expect(item.kind).toBe('draft');
    if (item.kind !== 'draft') return;
    expect(item.draft.text).toBe(
      [
        'The mayors of three lakeside towns signed a pact on Tuesday to share water from the reservoir during droughts, after a summer in which wells ran dry in two of them.',
        'Under the pact, each town will cut its use by a fifth when the reservoir falls below half.\nFarmers will be consulted before any cut.',
        'The mayor of Pinecrest said the towns had "finally chosen to act together" and thanked the regional water board for its mediation.',
      ].join('\n\n'),
    );
    expect(item.draft.text).not.toMatch(/Home|All rights reserved/);
  });

  it('takes title, date, outlet and canonical URL from the page head', () => {
    const [item] = [...readHtml(page, 'page.html')];
    expect(item.kind === 'draft' && item.draft).toMatchObject({
      title: 'Mayors sign water pact',
      published: '2023-09-12T22:15:00-05:00',
      outlet: 'The Lakeside Herald',
      url: 'https://herald.example/2023/09/water-pact',
    });
  });

  it('reads fragments and pages Readability gives up on', () => {
    const texts = ['<p>Para one.</p><p>Para two.</p>', 'Just text <b>with</b> a tag'].map((html) => {
      const [item] = [...readHtml(html, 'fragment.html')];
      return item.kind === 'draft' ? item.draft.text : item.reason;
    });
    expect(texts).toEqual(['Para one.\n\nPara two.', 'Just text with a tag']);
  });

  it('skips a page without article text', () => {
    expect([...readHtml('<html><body><nav></nav></body></html>', 'empty.html')]).toEqual([
      { kind: 'skipped', input: 'empty.html', reason: 'no article text found in the HTML' },
    ]);
  });
});
