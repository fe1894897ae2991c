import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readHtmlMetadata } from './html-metadata.js';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('readHtmlMetadata', () => {
  it('prefers meta tags, case-insensitively', () => {
    const document = parse(`<html><head>
      <meta property="og:title" content="Meta title"><meta property="og:site_name" content="Meta Outlet">
      <meta name="PubDate" content="2021-06-01"><link rel="canonical" href="https://a.example/x">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "LD title", "datePublished": "2021-06-02", "publisher": {"name": "LD Outlet"}}</script>
      </head><body></body></html>`);
    expect(readHtmlMetadata(document)).toEqual({ title: 'Meta title', published: '2021-06-01', outlet: 'Meta Outlet', url: 'https://a.example/x' });
  });

  it('falls back to JSON-LD, following @graph and @id references', () => {
    const document = parse(`<html><head>
      <script type="application/ld+json">{"@graph": [{"@type": "Organization", "@id": "#pub", "name": "Graph Outlet"},
        {"@type": ["NewsArticle"], "headline": "Graph title", "datePublished": "2021-06-02T10:00:00Z", "publisher": {"@id": "#pub"}}]}</script>
      <script type="application/ld+json">{ not json</script>
      </head><body></body></html>`);
    expect(readHtmlMetadata(document)).toEqual({ title: 'Graph title', published: '2021-06-02T10:00:00Z', outlet: 'Graph Outlet', url: null });
  });

  it('unescapes HTML entities that CMSs leave in JSON-LD strings', () => {
    const document = parse(`<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Smith &amp; Jones &#8216;agree&#x2019;", "publisher": ["Arr &amp; Co"]}</script></head></html>`);
    expect(readHtmlMetadata(document)).toMatchObject({ title: 'Smith & Jones ‘agree’', outlet: 'Arr & Co' });
  });

  it('reads the date from <time> when nothing else gives it, preferring pubdate', () => {
    const withPubdate = parse('<body><time datetime="2020-01-01">x</time><article><time pubdate datetime="2020-02-02">y</time></article></body>');
    expect(readHtmlMetadata(withPubdate).published).toBe('2020-02-02');
    const plain = parse('<body><aside><time datetime="2020-01-01">x</time></aside><article><time datetime="2020-03-03">y</time></article></body>');
    expect(readHtmlMetadata(plain).published).toBe('2020-03-03');
  });

  it('ignores a canonical link that is not an absolute URL and uses og:url', () => {
    const document = parse('<head><link rel="canonical" href="/x"><meta property="og:url" content="https://a.example/y"></head>');
    expect(readHtmlMetadata(document).url).toBe('https://a.example/y');
  });

  it('gives nulls for a bare page', () => {
    expect(readHtmlMetadata(parse('<p>Hello</p>'))).toEqual({ title: null, published: null, outlet: null, url: null });
  });
});
