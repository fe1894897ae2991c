import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../contract.js';
import { AnnalistError } from '../errors.js';
import { articleId } from './article-id.js';
import { LATIN1_WARNING } from './decode.js';
import { readInputs, type ReadInputsOptions } from './read-inputs.js';
import type { IngestItem } from './types.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const ENGLISH =
  'Officials from both towns said the agreement would be reviewed in a year. The harbour pilots, who had asked for the data for a decade, welcomed the deal and said it would make night arrivals safer for the fishing fleet.';
const FRENCH =
  "Les ministres des affaires étrangères du Portugal et de l'Espagne se sont réunis lundi à Lisbonne pour discuter des droits sur l'eau le long des rivières partagées. Les discussions se sont terminées sans accord, ont indiqué des responsables.";

async function collect(inputs: string[], options: ReadInputsOptions = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

function articles(items: IngestItem[]): Article[] {
  return items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));
}

function skips(items: IngestItem[]): Array<{ input: string; reason: string }> {
  return items.flatMap((item) => (item.kind === 'skipped' ? [{ input: item.input, reason: item.reason }] : []));
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'annalist-ingest-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, content: string | Uint8Array): string {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('readInputs: formats', () => {
  it('reads plain text with the file content as the text, so offsets point into the file', async () => {
    const path = fixture('harbour-talks.txt');
    const items = await collect([path]);
    expect(items).toEqual([
      {
        kind: 'article',
        input: path,
        warnings: [],
        article: {
          id: articleId(readFileSync(path, 'utf8')),
          title: 'Port authorities agree to share harbour data',
          published: null,
          outlet: null,
          url: null,
          text: readFileSync(path, 'utf8'),
          source: path,
        },
      },
    ]);
  });

  it('reads JSONL line by line, a bad line skipped as file:line while the others come through', async () => {
    const path = fixture('feed.jsonl');
    const items = await collect([path]);
    expect(items.map((item) => [item.kind, item.input])).toEqual([
      ['article', `${path}:1`],
      ['skipped', `${path}:2`],
      ['article', `${path}:4`],
      ['skipped', `${path}:5`],
    ]);
    expect(skips(items)[0].reason).toBe('field "text" is missing');
    expect(skips(items)[1].reason).toMatch(/^invalid JSON/);
    const [crossing, strike] = articles(items);
    expect(crossing).toMatchObject({
      title: 'Council approves new river crossing',
      published: '2024-05-14',
      outlet: 'The Valley Courier',
      url: 'https://courier.example/river-crossing',
      source: `${path}:1`,
    });
    expect(crossing).not.toHaveProperty('events');
    expect(crossing.id).not.toBe('fixture-1');
    expect(strike).toMatchObject({ title: 'Union calls off dock strike', published: null, outlet: null, url: null });
  });

  it('reads HTML with metadata from meta tags and JSON-LD', async () => {
    const path = fixture('article-page.html');
    const [article] = articles(await collect([path]));
    expect(article).toMatchObject({
      title: 'Mayors sign water pact',
      published: '2023-09-12',
      outlet: 'The Lakeside Herald',
      url: 'https://herald.example/2023/09/water-pact',
      source: path,
    });
    expect(article.text).toMatch(/^The mayors of three lakeside towns signed a pact/);
    expect(article.text.split('\n\n')).toHaveLength(3);

    const ldOnly = write(
      'ld.html',
      `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Pact signed", "datePublished": "2023-09-13T01:00:00Z", "publisher": {"@type": "Organization", "name": "LD Herald"}}</script></head>
       <body><article><p>${ENGLISH}</p></article></body></html>`,
    );
    expect(articles(await collect([ldOnly]))[0]).toMatchObject({ title: 'Pact signed', published: '2023-09-13', outlet: 'LD Herald', url: null });
  });

  it('reads a JSON array, naming each element', async () => {
    const path = fixture('articles.json');
    const items = await collect([path]);
    expect(items[0]).toMatchObject({ kind: 'article', input: `${path}[0]`, article: { title: 'Rail operators resume cross-border service', published: '2022-03-03', outlet: 'Northern Wire' } });
    expect(items[1]).toEqual({ kind: 'skipped', input: `${path}[1]`, reason: 'field "title" must be a string or null, not a number' });
  });

  it('reads stdin for "-", sniffing its format', async () => {
    const stdin = (text: string) => Readable.from([Buffer.from(text)]);
    const plain = await collect(['-'], { stdin: stdin(`Talks end\n\n${ENGLISH}`) });
    expect(plain).toMatchObject([{ kind: 'article', input: 'stdin', article: { title: 'Talks end', source: 'stdin' } }]);

    const jsonl = await collect(['-'], { stdin: stdin('{"text": "One."}\n{"text": "Two."}\n') });
    expect(jsonl.map((item) => item.input)).toEqual(['stdin:1', 'stdin:2']);

    const html = await collect(['-'], { stdin: stdin(`<html><head><meta property="og:site_name" content="Piped"></head><body><p>${ENGLISH}</p></body></html>`) });
    expect(html).toMatchObject([{ kind: 'article', input: 'stdin', article: { outlet: 'Piped', text: ENGLISH } }]);

    expect(await collect(['-'], { stdin: Readable.from([]) })).toEqual([{ kind: 'skipped', input: 'stdin', reason: 'empty' }]);
  });
});

describe('readInputs: batches', () => {
  it('walks directories recursively in sorted order, skipping hidden entries', async () => {
    write('b.txt', `Second\n\n${ENGLISH} B`);
    write('a/deep/c.md', `# Third\n\n${ENGLISH} C`);
    write('a/first.txt', `First\n\n${ENGLISH} A`);
    write('.hidden.txt', `Hidden\n\n${ENGLISH}`);
    write('.cache/x.txt', `Cached\n\n${ENGLISH}`);
    const items = await collect([root]);
    expect(articles(items).map((article) => article.title)).toEqual(['Third', 'First', 'Second']);
    expect(skips(items)).toEqual([]);
  });

  it('gets good files through a batch with binary, empty, Latin-1, French and missing inputs', async () => {
    const good = write('01-good.txt', `Harbour deal\n\n${ENGLISH}`);
    const binary = write('02-corrupt.txt', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff]));
    const empty = write('03-empty.txt', '  \n\n');
    const latin1 = write('04-latin1.txt', Buffer.from(`Fee row\n\nThe club paid \u00a315m for the caf\u00e9 owner's son. ${ENGLISH}`, 'latin1'));
    const french = write('05-french.txt', `Réunion à Lisbonne\n\n${FRENCH}`);
    const image = write('06-photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff]));
    const jsonl = write('07-feed.jsonl', `{"text": ${JSON.stringify(ENGLISH)}}\n{"text": ${JSON.stringify(FRENCH)}}\n`);
    const missing = join(root, 'nope.txt');

    const items = await collect([root, missing]);

    expect(skips(items)).toEqual([
      { input: binary, reason: 'binary file' },
      { input: empty, reason: 'empty' },
      { input: french, reason: 'not English (French)' },
      { input: image, reason: 'unsupported file type (.jpg)' },
      { input: `${jsonl}:2`, reason: 'not English (French)' },
      { input: missing, reason: 'not found' },
    ]);
    const read = items.filter((item) => item.kind === 'article');
    expect(read.map((item) => item.input)).toEqual([good, latin1, `${jsonl}:1`]);
    expect(read[1]).toMatchObject({ warnings: [LATIN1_WARNING], article: { text: expect.stringContaining("£15m for the café owner's son") } });
  });

  it('gives the same id to the same article saved with different whitespace', async () => {
    const unix = write('unix.txt', `Harbour deal\n\n${ENGLISH}\n`);
    const windows = write('windows.txt', `\uFEFFHarbour deal\r\n\r\n${ENGLISH.replace(/ /g, '\u00a0')}\r\n`);
    const feed = write('feed.jsonl', `${JSON.stringify({ text: `  Harbour deal ${ENGLISH}` })}\n`);
    const ids = articles(await collect([unix, windows, feed])).map((article) => article.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
  });

  it('applies the published and outlet options only where the input has none', async () => {
    const bare = write('bare.txt', `Harbour deal\n\n${ENGLISH}`);
    const feed = write('feed.jsonl', `${JSON.stringify({ text: ENGLISH, published: '2024-02-02', outlet: 'Own Wire' })}\n`);
    const [filled, own] = articles(await collect([bare, feed], { published: '2020-01-05T12:00:00Z', outlet: 'Given Outlet' }));
    expect(filled).toMatchObject({ published: '2020-01-05', outlet: 'Given Outlet' });
    expect(own).toMatchObject({ published: '2024-02-02', outlet: 'Own Wire' });
  });

  it('skips an article over the size limit with that reason, and keeps the rest of its file and batch', async () => {
    const long = `${ENGLISH}\n\n`.repeat(Math.ceil(1.2 * 2 ** 20 / (ENGLISH.length + 2)));
    const big = write('big.txt', long);
    const feed = write('feed.jsonl', [JSON.stringify({ text: ENGLISH }), JSON.stringify({ text: long }), JSON.stringify({ text: `${ENGLISH} Again.` })].join('\n'));
    const items = await collect([big, feed]);
    expect(articles(items)).toHaveLength(2);
    expect(skips(items)).toEqual([
      { input: big, reason: '1.2 MB of text, over the 1 MB limit for one article (raise it with --max-article-mb)' },
      { input: `${feed}:2`, reason: '1.2 MB of text, over the 1 MB limit for one article (raise it with --max-article-mb)' },
    ]);
    expect(articles(await collect([big], { maxArticleMb: '2' }))).toHaveLength(1);
    await expect(collect([big], { maxArticleMb: 'lots' })).rejects.toThrow("--max-article-mb 'lots' is not a positive number");
  });

  it('refuses an unreadable published option before reading anything', async () => {
    await expect(collect([fixture('harbour-talks.txt')], { published: 'someday' })).rejects.toThrow(AnnalistError);
  });

  it('says why a URL is not read', async () => {
    expect(await collect(['https://news.example/story'])).toEqual([
      { kind: 'skipped', input: 'https://news.example/story', reason: 'URLs are not fetched; save the page and ingest the file' },
    ]);
  });

  it("skips a folder's README, LICENSE and CHANGELOG with that reason, and reads one named as an input", async () => {
    const readme = write('corpus/README.md', `About this corpus\n\n${ENGLISH}`);
    write('corpus/LICENSE', `Licence\n\n${ENGLISH}`);
    write('corpus/story.txt', `Harbour deal\n\n${ENGLISH}`);
    const items = await collect([join(root, 'corpus')]);
    expect(articles(items).map((a) => a.source)).toEqual([join(root, 'corpus', 'story.txt')]);
    expect(skips(items).map((skip) => skip.input)).toEqual([join(root, 'corpus', 'LICENSE'), readme]);
    expect(skips(items)[0].reason).toMatch(/README, LICENSE or CHANGELOG describes the folder/);
    expect(articles(await collect([readme]))).toHaveLength(1);
  });

  it('accounts for an empty directory', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(await collect([empty])).toEqual([{ kind: 'skipped', input: empty, reason: 'no files' }]);
  });
});
