// A saved web page: the article's text through Readability (over linkedom, no browser),
// metadata from the page head.
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import { readHtmlMetadata } from '../html-metadata.js';
import { blockText } from '../html-text.js';
import type { ReaderItem } from '../types.js';

// linkedom takes longer to load (about 0.2 s) than a batch of plain-text articles takes to
// read: it is loaded when the first page comes, through its CommonJS build, which loads synchronously.
const require = createRequire(import.meta.url);
let loadedParser: typeof import('linkedom').DOMParser | null = null;
const domParser = () => (loadedParser ??= (require('linkedom') as typeof import('linkedom')).DOMParser);

export function* readHtml(html: string, input: string): Iterable<ReaderItem> {
  const DOMParser = domParser();
  const document = new DOMParser().parseFromString(asDocument(html), 'text/html') as unknown as Document;
  const metadata = readHtmlMetadata(document);
  const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  // Readability gives up on fragments and near-empty pages; their body is then the article.
  const text = (parsed?.content ? blockText(parsed.content) : '') || (document.body ? blockText(document.body) : '');
  if (text === '') {
    yield { kind: 'skipped', input, reason: 'no article text found in the HTML' };
    return;
  }
  yield {
    kind: 'draft',
    input,
    draft: {
      title: metadata.title ?? parsed?.title ?? null,
      published: metadata.published ?? parsed?.publishedTime ?? null,
      outlet: metadata.outlet ?? parsed?.siteName ?? null,
      url: metadata.url,
      text,
    },
    warnings: [],
  };
}

/** linkedom builds a broken tree from a fragment (its first element becomes the root), so a fragment is wrapped. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}
