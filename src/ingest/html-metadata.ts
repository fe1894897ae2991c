// Title, publication date, outlet and URL of a web page, from what publishers put in the
// head for search engines and social cards: meta tags, JSON-LD, <time> and canonical links.
// Read before Readability runs, because Readability rewrites the document.

export interface HtmlMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

// Meta names in order of trust; keys are lowercased, since CMSs write "PubDate" and "pubdate".
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title'];
const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publication_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'date',
];
const OUTLET_KEYS = ['og:site_name'];

type JsonLdNode = Record<string, unknown>;

export function readHtmlMetadata(document: Document): HtmlMetadata {
  const meta = metaContents(document);
  const nodes = jsonLdNodes(document);
  const article = nodes.find(isArticleNode) ?? null;
  return {
    title: firstOf(meta, TITLE_KEYS) ?? stringField(article, 'headline'),
    published: firstOf(meta, PUBLISHED_KEYS) ?? stringField(article, 'datePublished') ?? timeElementDate(document),
    outlet: firstOf(meta, OUTLET_KEYS) ?? publisherName(article, nodes),
    url: canonicalUrl(document, meta),
  };
}

function metaContents(document: Document): Map<string, string> {
  const contents = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    const content = element.getAttribute('content')?.trim();
    if (!key || !content) continue;
    const normalized = key.trim().toLowerCase();
    // The first occurrence wins: later ones are usually related articles' cards.
    if (!contents.has(normalized)) contents.set(normalized, content);
  }
  return contents;
}

function firstOf(meta: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}

/** Every JSON-LD node on the page, with arrays and `@graph` containers flattened. */
function jsonLdNodes(document: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(collect);
    } else if (isNode(value)) {
      nodes.push(value);
      if (value['@graph'] !== undefined) collect(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing about its article; the other sources still count.
    }
  }
  return nodes;
}

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isArticleNode(node: JsonLdNode): boolean {
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  return types.some((type) => typeof type === 'string' && /Article|BlogPosting|Report/.test(type)) || typeof node.datePublished === 'string';
}

function stringField(node: JsonLdNode | null, field: string): string | null {
  const value = node?.[field];
  return typeof value === 'string' && value.trim() !== '' ? unescapeEntities(value) : null;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** CMSs HTML-escape JSON-LD strings ("Smith &amp; Jones"), which no HTML parser undoes inside a script. */
function unescapeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()];
    const codePoint = decimal ? Number(decimal) : parseInt(hex ?? '', 16);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}

/** The publisher's name, following an `@id` reference into the graph when that is all there is. */
function publisherName(article: JsonLdNode | null, nodes: JsonLdNode[]): string | null {
  const publisher = ([] as unknown[]).concat(article?.publisher ?? [])[0];
  if (typeof publisher === 'string') return publisher.trim() ? unescapeEntities(publisher) : null;
  if (!isNode(publisher)) return null;
  const named = stringField(publisher, 'name');
  if (named) return named;
  const reference = publisher['@id'];
  const target = nodes.find((node) => node !== publisher && node['@id'] === reference);
  return typeof reference === 'string' && target ? stringField(target, 'name') : null;
}

/** <time pubdate> or itemprop="datePublished" first; then the first <time datetime> in the article. */
function timeElementDate(document: Document): string | null {
  const selectors = ['time[pubdate][datetime]', '[itemprop="datePublished"][datetime]', 'article time[datetime]', 'time[datetime]'];
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('datetime')?.trim();
    if (value) return value;
  }
  return null;
}

function canonicalUrl(document: Document, meta: Map<string, string>): string | null {
  const candidates = [document.querySelector('link[rel="canonical"]')?.getAttribute('href'), meta.get('og:url')];
  for (const candidate of candidates) {
    const url = candidate?.trim();
    if (url && URL.canParse(url)) return url;
  }
  return null;
}
