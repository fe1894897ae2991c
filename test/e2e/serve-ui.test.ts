// The web UI in real headless Chromium: `annalist serve` on a database built from examples/
// by `annalist ingest`, driven as an analyst would. Screenshots go to test-output/ (set
// ANNALIST_README_SCREENSHOT=1 to also refresh docs/ui-overview.png for the README).
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsolidatedEvent, EventRecord } from '../../src/contract.js';
import { buildCli, repoRoot, runCli, show } from '../helpers/cli.js';
import { startServe, stopServe } from '../helpers/serve.js';

const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'e2e-token';
const screenshots = path.join(repoRoot, 'test-output');

let work: string;
let server: ChildProcess;
let base: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/** Starts `annalist serve` on a free port and resolves with its URL. */
async function startServer(db: string): Promise<string> {
  const running = await startServe(['--db', db, '--token', TOKEN], work);
  server = running.process;
  return running.url;
}

async function api<T = any>(url: string): Promise<T> {
  const response = await fetch(new URL(url, base));
  return await response.json() as T;
}

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshots, name) });
}

/** The events table once it has loaded for the current filters. */
async function tableRows(): Promise<{ id: string; text: string }[]> {
  await page.waitForSelector('#events .count');
  return page.$$eval('table.events tbody tr', (rows) =>
    rows.map((row) => ({ id: (row as HTMLElement).dataset.eventId ?? '', text: row.textContent ?? '' })));
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian chromium package (.ci/run does)`);
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-ui-'));
  mkdirSync(screenshots, { recursive: true });
  const db = path.join(work, 'examples.db');
  const ingest = runCli(['ingest', path.join(repoRoot, 'examples'), '--published', '2025-03-19', '--db', db, '--quiet'], work);
  if (ingest.code !== 0) throw new Error(show(ingest));
  base = await startServer(db);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 240_000);

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  if (server) await stopServe(server);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('annalist serve in Chromium', { timeout: 60_000 }, () => {
  it('shows the timeline, the actor network and the events table, readable at 1280×800', async () => {
    await page.goto(base);
    await page.waitForSelector('.timeline-chart .bar rect');
    await page.waitForSelector('.network-chart .node');
    const rows = await tableRows();
    const { total } = await api('/api/events?limit=1');
    expect(rows.length).toBe(Math.min(100, total));
    expect(await page.textContent('#events .count')).toBe(`${rows.length} of ${total} events`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await shoot('overview.png');
    if (process.env.ANNALIST_README_SCREENSHOT === '1') {
      mkdirSync(path.join(repoRoot, 'docs'), { recursive: true });
      await page.screenshot({ path: path.join(repoRoot, 'docs', 'ui-overview.png') });
    }
  });

  it('filters everything by an actor clicked in the network', async () => {
    await page.goto(base);
    await page.click('.network-chart .node[data-key="Gustavo Petro"] circle');
    await page.waitForSelector('.chip[data-filter="actor_key"]');
    await page.waitForSelector('.network-chart .node.selected[data-key="Gustavo Petro"]');
    const expected = (await api<{ events: EventRecord[] }>('/api/events?actor_key=Gustavo%20Petro')).events;
    expect(expected.length).toBeGreaterThan(1);
    await page.waitForFunction((n) => document.querySelector('#events .count')?.textContent === `${n} of ${n} events`, expected.length);
    const rows = await tableRows();
    expect(rows.map((row) => row.id)).toEqual(expected.map((event) => event.id));
    for (const row of rows) expect(row.text).toContain('Gustavo Petro');
    expect(page.url()).toContain('actor_key=Gustavo+Petro');
    await shoot('filtered-by-actor.png');
  });

  it('filters by an actor typed in the filter bar, and sorts the table', async () => {
    await page.goto(base);
    await page.fill('input[name="actor"]', 'albanese');
    await page.press('input[name="actor"]', 'Enter');
    await page.waitForSelector('.chip[data-filter="actor"]');
    const { total } = await api('/api/events?actor=albanese&limit=1');
    await page.waitForFunction((n) => document.querySelector('#events .count')?.textContent === `${n} of ${n} events`, total);
    for (const row of await tableRows()) expect(row.text.toLowerCase()).toContain('albanese');
    await page.click('th:nth-child(3) button.sort');
    await page.waitForSelector('th[aria-sort="ascending"]');
    const codes = await page.$$eval('table.events tbody tr .event-link', (links) => links.map((link) => link.textContent ?? ''));
    expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
  });

  it('opens an event and shows its evidence highlighted in the article', async () => {
    await page.goto(`${base}#/?actor_key=Gustavo%20Petro`);
    const [first] = await tableRows();
    await page.click(`tr[data-event-id="${first.id}"] .event-link`);
    await page.waitForSelector('.event-page mark.evidence');
    const event = await api<EventRecord & { cameo_root: string }>(`/api/events/${first.id}`);
    expect(await page.textContent('.event-page h1')).toBe(`${event.cameo} ${event.cameo_name}`);
    // Other events' evidence and the trigger cut the sentence into several marks.
    const marked = await page.$$eval('.event-page mark.evidence', (marks) => marks.map((mark) => mark.textContent).join(''));
    expect(marked).toBe(event.evidence.text);
    expect(await page.textContent('.event-page mark.evidence .trigger')).toBe(event.trigger.text);
    const facts = await page.textContent('.facts') ?? '';
    expect(facts).toContain(event.status);
    expect(facts).toContain(event.date ?? 'unknown');
    expect(facts).toContain(event.actor?.text ?? 'none coded');
    await shoot('event.png');
    await page.click('a.back');
    await page.waitForSelector('.chip[data-filter="actor_key"]');
  });

  it('marks the other sentences of an event the article tells more than once, apart from its evidence', async () => {
    const { events } = await api<{ events: EventRecord[] }>('/api/events?view=mentions&limit=1000');
    const told = events.find((event) => event.other_evidence.length > 0);
    expect(told, 'examples/ tell some event more than once').toBeDefined();
    await page.goto(`${base}#/event/${encodeURIComponent(told!.id)}`);
    await page.waitForSelector('.event-page mark.evidence');
    const again = await page.$$eval('.event-page mark.evidence-again', (marks) => marks.map((mark) => mark.textContent).join(''));
    expect(again).toBe(told!.other_evidence.map((span) => span.text).join(''));
    expect(await page.$$eval('.event-page mark.evidence', (marks) => marks.map((mark) => mark.textContent).join(''))).toBe(told!.evidence.text);
  });

  it('exports the current view as CSV', async () => {
    await page.goto(`${base}#/?actor_key=Gustavo%20Petro`);
    await tableRows();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-export="csv"]')]);
    expect(download.suggestedFilename()).toBe('annalist-events.csv');
    const csv = readFileSync(await download.path(), 'utf8').trimEnd().split('\n');
    const expected = (await api<{ events: EventRecord[] }>('/api/events?actor_key=Gustavo%20Petro')).events;
    expect(csv[0]).toMatch(/^id,article_id,doc_id,title,url,outlet,published,date,/);
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(expected.map((event) => event.id));
  });

  it('filters by date when a range of the timeline is brushed', async () => {
    await page.goto(`${base}#/?interval=day`);
    await page.waitForSelector('.timeline-chart .bar rect');
    const bars = await page.$$eval('.timeline-chart .bar', (groups) => groups.map((g) => (g as SVGGElement).dataset.period ?? ''));
    const area = (await page.locator('.timeline-chart .brush-area').boundingBox())!;
    const step = area.width / bars.length;
    // From the middle of the first day to the middle of the third.
    const y = area.y + area.height / 2;
    await page.mouse.move(area.x + step * 0.5, y);
    await page.mouse.down();
    await page.mouse.move(area.x + step * 2.5, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForSelector('.chip[data-filter="until"]');
    expect(page.url()).toContain(`since=${bars[0]}`);
    expect(page.url()).toContain(`until=${bars[2]}`);
    const { total } = await api(`/api/events?limit=1&since=${bars[0]}&until=${bars[2]}`);
    await page.waitForFunction((n) => document.querySelector('#events .count')?.textContent?.endsWith(`of ${n} events`), total);
    expect(await page.locator('.timeline-chart .bar.faded').count()).toBe(bars.length - 3);
  });

  it('shows an article containing <script> as text and runs nothing', async () => {
    const text = 'Venezuelan President Nicolás Maduro spoke by phone with Colombian President Gustavo Petro on Monday. '
      + '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <b>bold?</b>';
    const unauthorised = await fetch(new URL('/api/articles', base), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: '<i>Hostile</i> page', text }),
    });
    expect(unauthorised.status).toBe(401);
    const response = await fetch(new URL('/api/articles', base), {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ title: '<i>Hostile</i> page', published: '2025-05-05', text }),
    });
    const report = await response.json() as { results: { article_id: string }[] };
    const { events } = await api<{ events: EventRecord[] }>(`/api/events?article=${report.results[0].article_id}`);
    expect(events.length).toBeGreaterThan(0);

    await page.goto(`${base}#/event/${events[0].id}`);
    await page.waitForSelector('.event-page .article-text');
    expect(await page.textContent('.event-page .article-text')).toBe(text);
    expect(await page.textContent('.mention h3')).toBe('<i>Hostile</i> page');
    expect(await page.locator('.event-page script, .event-page img, .event-page b, .event-page i').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('shows one event for a call three outlets reported, with its sources, trail and every report', async () => {
    const reports = [
      ['Reuters', '2025-06-03', 'Venezuelan President Nicolás Maduro spoke by phone with Colombian President Gustavo Petro on Monday about border security.'],
      ['El Tiempo', '2025-06-03', 'Colombian President Gustavo Petro held a phone call with Venezuelan President Nicolás Maduro on Monday, discussing border security.'],
      ['Efecto Cocuyo', '2025-06-04', 'Venezuelan President Nicolás Maduro spoke by phone on Monday with Colombian President Gustavo Petro about security on the border.'],
    ].map(([outlet, published, text]) => ({ title: `Maduro and Petro talk (${outlet})`, outlet, published, text }));
    const response = await fetch(new URL('/api/articles', base), {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(reports),
    });
    expect((await response.json() as { ingested: number }).ingested).toBe(3);
    const { events } = await api<{ events: ConsolidatedEvent[] }>('/api/events?code=04&since=2025-06-02&until=2025-06-02');
    const call = events.find((event) => event.num_articles === 3)!;
    expect(call).toMatchObject({ num_sources: 3 });

    await page.goto(`${base}#/?code=04&since=2025-06-02&until=2025-06-02`);
    await tableRows();
    expect(await page.textContent(`tr[data-event-id="${call.id}"] td.reports`)).toBe('3 articles3 sources');
    await page.click(`tr[data-event-id="${call.id}"] .event-link`);
    await page.waitForSelector('.event-page .trail');
    expect(await page.textContent('.event-page .trail')).toBe(call.trail);
    const outlets = await page.$$eval('.event-page .mention > p.muted', (lines) => lines.map((line) => line.textContent ?? ''));
    expect(outlets).toHaveLength(3);
    call.mentions.forEach((mention, i) => expect(outlets[i]).toContain(mention.outlet!));
    await shoot('consolidated-event.png');
  });

  it('lists the coding scheme, narrows it as the reader types, and links a code to its events', async () => {
    await page.goto(base);
    await page.click('a[href="#/codes"]');
    await page.waitForSelector('table.codes tr[data-code="041"]');
    expect(await page.$$eval('table.codes tbody tr', (rows) => rows.length)).toBeGreaterThan(300);
    expect(await page.textContent('tr[data-code="190"]')).toContain('ASSAULT');
    await page.fill('input[type="search"]', 'phone');
    await page.waitForFunction(() => document.querySelectorAll('table.codes tbody tr').length < 10);
    await shoot('codes.png');
    await page.click('tr[data-code="041"] a');
    await page.waitForSelector('#events .count');
    expect(page.url()).toContain('code=041');
  });

  it('says so when nothing matches, and when an event does not exist', async () => {
    await page.goto(base);
    await page.fill('input[name="q"]', 'no such words anywhere');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForSelector('#events .status-empty');
    expect(await page.textContent('#events .status-empty')).toBe('No events match these filters.');
    expect(await page.textContent('#network .status-empty')).toBe('No actors in the matching events.');

    await page.goto(`${base}#/event/nonesuch`);
    await page.waitForSelector('.status-error');
    expect(await page.textContent('.status-error')).toContain("no event with id 'nonesuch'");
    await shoot('not-found.png');
  });
});
