import { test } from 'vitest';
import { readHtml } from './readers/html.js';
test('html edge', () => {
  const cases = {
    divs: `<html><head><title>Short news - Site</title></head><body><div class="header"><a href="/">Home</a> | <a href="/x">World</a></div><div class="content"><div class="story"><div>The mayor resigned on Friday.</div><div>She cited health reasons, aides said.</div></div></div><div class="sidebar"><ul><li><a href="/1">Most read 1</a></li><li><a href="/2">Most read 2</a></li></ul></div></body></html>`,
    malformed: `<html><body><p>First para <b>bold<p>Second para</i> text<div>Third`,
    entities: `<html><head><meta property="og:title" content="Smith &amp; Jones meet"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01","publisher":[{"@type":"Organization","name":"Arr &amp; Co"}]}</script></head><body><p>Smith &amp; Jones met today.</p></body></html>`,
    textOnly: `Just text <b>with</b> a tag`,
    hiddenP: `<body><article><p>Visible para one here is a sentence.</p><p style="display:none">Hidden text</p><p hidden>Also hidden</p><figure><img src="a.jpg"><figcaption>Caption text</figcaption></figure><p>Visible two.</p></article></body>`,
  };
  for (const [name, html] of Object.entries(cases)) console.log(name, JSON.stringify([...readHtml(html, name)]));
});
test('frag', () => {
  for (const html of ['<p>Para one.</p><p>Para two.</p>', 'Just text <b>with</b> a tag', '<meta property="og:site_name" content="Frag Site"><p>Para.</p>', '<!DOCTYPE html>\n<HTML LANG="en"><BODY><P>Upper.</P></BODY></HTML>'])
    console.log('FRAG', JSON.stringify([...readHtml(html, 'f')]));
});
