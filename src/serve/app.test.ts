// The HTTP API in-process (app.request, no port) over a real SQLite store holding the
// examples/ articles, coded by the real pipeline and consolidated.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processArticles, type ProcessedArticle } from '../cli/process-articles.js';
import { consolidateStore } from '../consolidate/consolidate-store.js';
import type { ConsolidatedEvent, EventRecord } from '../contract.js';
import { repoRoot } from '../lexicon-path.js';
import { loadConsolidationLexicons } from '../lexicons.js';
import { dateInterval } from '../store/date-interval.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { parquetReadObjects } from 'hyparquet';
import { createApp } from './app.js';

const TOKEN = 'open-sesame';
let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let all: EventRecord[];
let consolidated: ConsolidatedEvent[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'annalist-serve-'));
  store = openSqliteStore(path.join(dir, 'serve.db'));
  const batch: ProcessedArticle[] = [];
  await processArticles([path.join(repoRoot, 'examples')], { published: '2025-03-19', quiet: true }, (processed) => {
    batch.push(processed);
  }, () => false);
  await store.saveBatch(batch);
  await consolidateStore(store, loadConsolidationLexicons());
  all = await store.events();
  consolidated = await store.consolidatedEvents();
  app = createApp({ store, token: TOKEN, maxBodyBytes: 16 * 1024 });
}, 120_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get<T = any>(url: string): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await app.request(url);
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json');
  return { status: response.status, body: (isJson ? JSON.parse(text) : text) as T, headers: response.headers };
}

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await app.request('/api/articles', {
    method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
  });
  return { status: response.status, body: await response.json() as any };
}

const events = async (query: string) => (await get<{ events: ConsolidatedEvent[] }>(`/api/events?limit=1000&${query}`)).body.events;
const mentions = async (query: string) => (await get<{ events: EventRecord[] }>(`/api/events?view=mentions&limit=1000&${query}`)).body.events;
const sides = (event: EventRecord) => [event.actor, event.recipient].filter((actor) => actor !== null);

describe('GET /api/events', () => {
  it('lists consolidated events by default, each with its mentions, counts and trail', async () => {
    expect(consolidated.length).toBeGreaterThan(20);
    expect(consolidated.length).toBeLessThan(all.length);
    const { status, body } = await get(`/api/events?limit=1000`);
    expect(status).toBe(200);
    expect(body.events).toEqual(consolidated);
    expect(body).toMatchObject({ total: consolidated.length, next_cursor: null });
    for (const event of body.events as ConsolidatedEvent[]) {
      expect(event.num_mentions).toBe(event.mentions.length);
      expect(event.mentions.map((m) => m.id)).toContain(event.head_mention);
      expect(event.trail).toMatch(/^first /);
    }
    // Every stored mention is in exactly one event.
    expect(consolidated.flatMap((event) => event.mentions.map((m) => m.id)).sort()).toEqual(all.map((m) => m.id).sort());
  });

  it('lists every stored event mention in store order with view=mentions, with the total', async () => {
    expect(all.length).toBeGreaterThan(20);
    const { status, body } = await get(`/api/events?view=mentions&limit=1000`);
    expect(status).toBe(200);
    expect(body.events).toEqual(all);
    expect(body).toMatchObject({ total: all.length, next_cursor: null });
  });

  it('filters by actor, country, sector, CAMEO code or root, PLOVER type, QuadClass, status, text and dates', async () => {
    const checks: [string, (event: EventRecord) => boolean][] = [
      ['actor=maduro', (e) => sides(e).some((a) => `${a.name} ${a.text}`.toLowerCase().includes('maduro'))],
      ['actor_key=Gustavo%20Petro', (e) => sides(e).some((a) => a.name === 'Gustavo Petro')],
      ['country=col', (e) => sides(e).some((a) => a.country === 'COL')],
      ['sector=REB', (e) => sides(e).some((a) => a.sector === 'REB')],
      ['code=04', (e) => e.cameo.startsWith('04')],
      ['code=163', (e) => e.cameo.startsWith('163')],
      ['plover=ACCUSE', (e) => e.plover.type === 'ACCUSE'],
      ['quad_class=4', (e) => e.quad_class === 4],
      ['status=negated', (e) => e.status === 'negated'],
      ['q=PHONE', (e) => e.evidence.text.toLowerCase().includes('phone')],
      ['since=2025-04&until=2025-04-30', (e) => {
        // Kept when the days the date covers overlap April: "2025" does, "2025-03" does not.
        const days = e.date === null ? null : dateInterval(e.date);
        return days !== null && days.end >= '2025-04-01' && days.start <= '2025-04-30';
      }],
    ];
    const heads = new Map(all.map((mention) => [mention.id, mention]));
    for (const [query, holds] of checks) {
      const found = await mentions(query);
      expect(found.length, query).toBeGreaterThan(0);
      expect(found.length, query).toBeLessThan(all.length);
      expect(found.filter((event) => !holds(event)).map((event) => event.id), query).toEqual([]);
      expect(found, query).toEqual(all.filter(holds));
      // Consolidated events are selected by the mention that speaks for them.
      expect(await events(query), query).toEqual(consolidated.filter((event) => holds(heads.get(event.head_mention)!)));
    }
    expect(await mentions('country=VEN&code=04')).toEqual(all.filter((e) => e.cameo.startsWith('04') && sides(e).some((a) => a.country === 'VEN')));
  });

  it('pages with next_cursor until every event, or every mention, was seen once', async () => {
    for (const [view, expected] of [['events', consolidated], ['mentions', all]] as const) {
      const seen: string[] = [];
      let cursor = '';
      for (let pages = 0; pages < 100; pages++) {
        const { body } = await get(`/api/events?view=${view}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        expect(body.total, view).toBe(expected.length);
        seen.push(...body.events.map((event: EventRecord) => event.id));
        if (body.next_cursor === null) break;
        cursor = body.next_cursor;
      }
      expect(seen, view).toEqual(expected.map((event) => event.id));
    }
  });

  it('names the invalid parameter in a 400', async () => {
    const cases: [string, RegExp][] = [
      ['limit=0', /query parameter limit: must be a whole number from 1 to 1000/],
      ['limit=many', /query parameter limit: must be a whole number/],
      ['quad_class=9', /query parameter quad_class/],
      ['plover=DISCUSS', /query parameter plover/],
      ['sector=army', /query parameter sector/],
      ['country=US', /query parameter country: must be an ISO 3166-1 alpha-3 code/],
      ['code=4x', /query parameter code/],
      ['since=yesterday', /since 'yesterday' is not a date/],
      ['cursor=nonesuch', /cursor 'nonesuch' names no stored event/],
      ['view=mentions&cursor=nonesuch', /cursor 'nonesuch' names no stored event/],
      ['view=reports', /query parameter view/],
    ];
    for (const [query, message] of cases) {
      const { status, body } = await get(`/api/events?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.message, query).toMatch(message);
    }
    const { body } = await get('/api/events?limit=0');
    expect(body.error.issues).toEqual([{ field: 'query parameter limit', message: 'must be a whole number from 1 to 1000' }]);
  });
});

describe('GET /api/events/{id}', () => {
  it('returns a mention on its own, in the shape of an event with one report', async () => {
    const event = all.find((e) => e.cameo.startsWith('04') && e.date_source === 'text')!;
    const { status, body } = await get(`/api/events/${event.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ...event, cameo_root: '04', head_mention: event.id, num_mentions: 1, num_articles: 1, num_sources: 1 });
    expect(body.cameo_root_name).toMatch(/consult/i);
    expect(body.mentions).toHaveLength(1);
    expect(body.mentions[0]).toMatchObject({ ...event, article: { id: event.article_id } });
    expect(body.mentions[0].article).not.toHaveProperty('text');
    const article = await store.getArticle(event.article_id);
    expect(body.first_reported).toEqual({ article_id: event.article_id, outlet: article?.outlet ?? null, published: article?.published ?? null });
    expect(body.statuses).toEqual({ [event.status]: 1 });
    expect(body.trail).toMatch(/^first /);
  });

  it('returns a consolidated event with every mention, in report order, each with its article and outlet', async () => {
    const event = consolidated.find((e) => e.num_mentions > 1)!;
    expect(event).toBeDefined();
    const { status, body } = await get(`/api/events/${event.id}`);
    expect(status).toBe(200);
    const { mentions: refs, ...fields } = event;
    expect(body).toMatchObject(fields);
    expect(body.mentions.map((m: EventRecord) => m.id)).toEqual(refs.map((ref) => ref.id));
    for (const [i, mention] of body.mentions.entries()) {
      expect(mention).toEqual({ ...all.find((m) => m.id === refs[i].id), outlet: refs[i].outlet, published: refs[i].published, article: expect.objectContaining({ id: refs[i].article_id }) });
    }
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await get('/api/events/nonesuch');
    expect(status).toBe(404);
    expect(body.error.message).toBe("no event with id 'nonesuch'");
  });
});

describe('GET /api/articles/{id}', () => {
  it('returns the text cut into segments that mark each event\'s evidence', async () => {
    const event = all[0];
    const { status, body } = await get(`/api/articles/${event.article_id}`);
    expect(status).toBe(200);
    expect(body.segments.map((s: { text: string }) => s.text).join('')).toBe(body.article.text);
    expect(body.events.map((e: EventRecord) => e.id)).toContain(event.id);
    const marked = body.segments.filter((s: { evidence: string[] }) => s.evidence.includes(event.id));
    expect(marked.map((s: { text: string }) => s.text).join('')).toBe(event.evidence.text);
    expect((await get('/api/articles/nonesuch')).status).toBe(404);
  });
});

describe('actors, dyads and the timeline', () => {
  it('lists actors by events, with aliases and codings', async () => {
    const { body } = await get('/api/actors?limit=5');
    expect(body.actors).toHaveLength(5);
    const counts = body.actors.map((actor: { events: number }) => actor.events);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const filtered = (await get('/api/actors?country=VEN')).body.actors;
    expect(filtered.map((actor: { key: string }) => actor.key)).toContain('Nicolás Maduro');
  });

  it('gives one actor with its lexicon roles, or 404', async () => {
    const { status, body } = await get(`/api/actors/${encodeURIComponent('Nicolás Maduro')}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ key: 'Nicolás Maduro', name: 'Nicolás Maduro' });
    expect(body.aliases.length).toBeGreaterThan(0);
    expect(body.roles[0]).toMatchObject({ code: 'VENGOV', country: 'VEN', sector: 'GOV' });
    expect(body.lexicon_roles.map((role: { role: string }) => role.role)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^President of Venezuela/)]));
    expect((await get('/api/actors/Nobody%20Atall')).status).toBe(404);
  });

  it('counts dyads by QuadClass', async () => {
    const { body } = await get('/api/dyads');
    expect(body.dyads.length).toBeGreaterThan(0);
    for (const dyad of body.dyads) {
      expect(dyad.verbal_cooperation + dyad.material_cooperation + dyad.verbal_conflict + dyad.material_conflict).toBe(dyad.events);
    }
  });

  it('accounts for every event in the timeline: in a bucket, coarser or undated', async () => {
    for (const query of ['interval=day', 'interval=week&by=plover', 'interval=month&code=1', 'interval=month&view=mentions']) {
      const { body } = await get(`/api/timeline?${query}`);
      const placed = body.buckets.reduce((sum: number, bucket: { events: number }) => sum + bucket.events, 0);
      const total = (await get(`/api/events?limit=1&${query.replace(/interval=\w+&?|by=\w+&?/g, '')}`)).body.total;
      expect(placed + body.coarser + body.undated, query).toBe(total);
    }
    expect((await get('/api/timeline?interval=year')).status).toBe(400);
  });

  it('counts consolidated events by default and reports with view=mentions', async () => {
    const placed = async (query: string) => {
      const { body } = await get(`/api/timeline?${query}`);
      return body.buckets.reduce((sum: number, bucket: { events: number }) => sum + bucket.events, 0) + body.coarser + body.undated;
    };
    expect(await placed('interval=month')).toBe(consolidated.length);
    expect(await placed('interval=month&view=mentions')).toBe(all.length);
    const actorEvents = async (query: string) => (await get(`/api/actors?limit=1000&${query}`)).body.actors
      .find((actor: { key: string }) => actor.key === 'Nicolás Maduro').events;
    const namesMaduro = (event: EventRecord) => sides(event).some((actor) => actor.name === 'Nicolás Maduro');
    expect(await actorEvents('')).toBe(consolidated.filter(namesMaduro).length);
    expect(await actorEvents('view=mentions')).toBe(all.filter(namesMaduro).length);
  });
});

describe('GET /api/export', () => {
  it('exports the filtered events as a CSV attachment', async () => {
    const { status, body, headers } = await get('/api/export?format=csv&actor=maduro');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/csv/);
    expect(headers.get('content-disposition')).toBe('attachment; filename="annalist-events.csv"');
    const lines = (body as string).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id,article_id,doc_id,title,url,outlet,published,date,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual((await events('actor=maduro')).map((e) => e.id));
    const rows = (await get<string>('/api/export?format=csv&actor=maduro&view=mentions')).body.trimEnd().split('\n');
    expect(rows.slice(1).map((line) => line.split(',')[0])).toEqual((await mentions('actor=maduro')).map((e) => e.id));
  });

  it('keeps a posted article\'s own id as the doc_id of its events', async () => {
    const posted = await post(JSON.stringify({ id: 'desk-2025-0412', text: 'France condemned Iran on Monday for the missile test near the Gulf.', published: '2025-03-21' }));
    expect(posted.body.ingested).toBe(1);
    const listed = await get<{ events: EventRecord[] }>(`/api/events?view=mentions&article=${posted.body.results[0].article_id}`);
    expect(listed.body.events.length).toBeGreaterThan(0);
    for (const event of listed.body.events) expect(event).toMatchObject({ doc_id: 'desk-2025-0412', published: '2025-03-21' });
  });

  it('exports evidence that would run as a spreadsheet formula as text', async () => {
    const posted = await post(JSON.stringify({ text: '=HYPERLINK("http://x.example/steal","Iran") Iran condemned Israel on Monday.', published: '2025-03-20' }));
    expect(posted.body.ingested).toBe(1);
    const rows = (await get<string>(`/api/export?format=csv&view=mentions&article=${posted.body.results[0].article_id}`)).body;
    expect(rows).toContain('"\'=HYPERLINK(""http://x.example/steal"",""Iran"") Iran condemned Israel on Monday."');
    expect(rows).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('refuses a query parameter the endpoint does not have, naming it', async () => {
    const { status, body } = await get('/api/events?text=Iraq&limit=5');
    expect(status).toBe(400);
    expect(body.error.issues).toEqual([{ field: 'query parameter text', message: 'is not a parameter of this endpoint (see /api/openapi.json)' }]);
    for (const url of ['/api/export?txt=1', '/api/actors?foo=1', '/api/timeline?group=plover']) expect((await get(url)).status).toBe(400);
  });

  it('exports GDELT as GDELT writes it, with a header only when asked', async () => {
    const plain = (await get<string>('/api/export?format=gdelt&view=mentions')).body.split('\n');
    expect(plain[0].split('\t')).toHaveLength(61);
    expect(plain[0]).toMatch(/^\d+\t\d{8}\t/);
    const withHeader = (await get<string>('/api/export?format=gdelt&view=mentions&header=true')).body.split('\n');
    expect(withHeader[0]).toMatch(/^GLOBALEVENTID\tSQLDATE\t/);
    expect(withHeader.slice(1)).toEqual(plain);
  });

  it('exports Parquet that reads back with every mention', async () => {
    const response = await app.request('/api/export?format=parquet&view=mentions');
    expect(response.headers.get('content-type')).toMatch(/^application\/vnd\.apache\.parquet/);
    expect(response.headers.get('content-disposition')).toContain('annalist-events.parquet');
    const file = await response.arrayBuffer();
    const rows = await parquetReadObjects({ file });
    const { total } = (await get('/api/events?view=mentions&limit=1')).body;
    expect(rows).toHaveLength(total);
    expect(rows[0]).toHaveProperty('doc_id');
  });

  it('lists the coding scheme with each code\'s patterns', async () => {
    const { status, body } = await get<{ codes: { code: string; patterns: string[]; quad_class: number }[] }>('/api/codes');
    expect(status).toBe(200);
    expect(body.codes.length).toBeGreaterThan(300);
    expect(body.codes.find((code) => code.code === '041')).toMatchObject({ quad_class: 1, patterns: expect.arrayContaining(['041.phone-call.v1']) });
  });

  it('exports JSONL, and refuses an unknown format', async () => {
    const { body } = await get('/api/export?format=jsonl&plover=ASSAULT');
    const rows = (body as string).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(rows.map((row) => row.id)).toEqual((await events('plover=ASSAULT')).map((e) => e.id));
    expect((await get('/api/export?format=xlsx')).status).toBe(400);
  });
});

describe('POST /api/articles', () => {
  const article = {
    title: 'Petro and Maduro meet <script>alert(1)</script>',
    published: '2025-05-06',
    outlet: 'Test Wire',
    text: 'Venezuelan President Nicolás Maduro spoke by phone with Colombian President Gustavo Petro on Monday. <script>window.__pwned = true</script>',
  };

  it('refuses a write without the right token, before reading the body', async () => {
    const before = await store.counts();
    const missing = await post(JSON.stringify(article), { authorization: '' });
    expect(missing.status).toBe(401);
    expect(missing.body.error.message).toMatch(/needs a bearer token/);
    expect((await post(JSON.stringify(article), { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await post(JSON.stringify(article), { authorization: 'Basic abc' })).status).toBe(400);
    expect(await store.counts()).toEqual(before);
  });

  it('names the invalid field', async () => {
    const single = await post(JSON.stringify({ ...article, text: 42 }));
    expect(single.status).toBe(400);
    expect(single.body.error.message).toBe('body field text: must be a string, not a number');
    const batch = await post(JSON.stringify([article, { title: 'no text' }]));
    expect(batch.body.error.issues).toEqual([{ field: 'body field [1].text', message: 'is missing' }]);
    expect((await post('[]')).body.error.message).toMatch(/body field \(the whole body\)/);
    expect((await post('{"text": ')).status).toBe(400);
    expect((await post(JSON.stringify(article), { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('caps the request body', async () => {
    const huge = await post(JSON.stringify({ text: 'word '.repeat(10_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toMatch(/larger than this server accepts \(16384 bytes\)/);
  });

  it('codes and stores new articles, reports duplicates and skips, and stores the text as given', async () => {
    const first = await post(JSON.stringify([article, { text: '   ' }, article]));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ingested: 1, duplicates: 1, skipped: 1 });
    const [stored, empty, repeated] = first.body.results;
    expect(stored).toMatchObject({ index: 0, status: 'ingested', reason: null });
    expect(stored.events).toBeGreaterThan(0);
    expect(empty).toMatchObject({ index: 1, status: 'skipped', reason: 'empty' });
    expect(repeated).toMatchObject({ index: 2, status: 'duplicate', article_id: stored.article_id });
    expect((await post(JSON.stringify(article))).body.results[0]).toMatchObject({ status: 'duplicate' });
    const { body } = await get(`/api/articles/${stored.article_id}`);
    expect(body.article.text).toBe(article.text);
    expect(body.events).toHaveLength(stored.events);
  });

  it('consolidates what it stored: three outlets reporting one call are one event with three sources', async () => {
    const reports = [
      ['Reuters', '2025-06-03', 'Venezuelan President Nicolás Maduro spoke by phone with Colombian President Gustavo Petro on Monday about border security.'],
      ['El Tiempo', '2025-06-03', 'Colombian President Gustavo Petro held a phone call with Venezuelan President Nicolás Maduro on Monday, discussing border security.'],
      ['Efecto Cocuyo', '2025-06-04', 'Venezuelan President Nicolás Maduro spoke by phone on Monday with Colombian President Gustavo Petro about security on the border.'],
    ].map(([outlet, published, text]) => ({ title: `Maduro and Petro talk (${outlet})`, outlet, published, text }));
    const { status, body } = await post(JSON.stringify(reports));
    expect(status).toBe(200);
    expect(body).toMatchObject({ ingested: 3, consolidation: { superseded: false } });
    expect(body.consolidation.written).toBeGreaterThan(0);
    const ids = body.results.map((result: { article_id: string }) => result.article_id);

    const calls = (await events('code=04&since=2025-06-01&until=2025-06-04'))
      .filter((event) => event.mentions.some((mention) => ids.includes(mention.article_id)));
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call).toMatchObject({ num_articles: 3, num_sources: 3, date: '2025-06-02' });
    expect(call.first_reported.outlet).toMatch(/^(Reuters|El Tiempo)$/);
    expect(call.trail).toMatch(/^first reported by (Reuters|El Tiempo) on 2025-06-03; then .*Efecto Cocuyo on 2025-06-04/);

    const detail = (await get(`/api/events/${call.id}`)).body;
    expect(new Set(detail.mentions.map((mention: { article_id: string }) => mention.article_id))).toEqual(new Set(ids));
    expect(detail.mentions.map((mention: { outlet: string }) => mention.outlet).at(-1)).toBe('Efecto Cocuyo');
    expect(detail.trail).toBe(call.trail);
    // Consolidating again changes nothing: the server left the store up to date.
    expect(await consolidateStore(store, loadConsolidationLexicons())).toMatchObject({ written: 0, removed: 0, restoried: 0 });
  });

  it('leaves reads open when a token is set', async () => {
    expect((await get('/api/meta')).body).toMatchObject({ token_required: true });
  });

  it('counts consolidated events and their mentions in /api/meta', async () => {
    const counts = await store.counts();
    expect((await get('/api/meta')).body).toMatchObject({
      articles: counts.articles, events: (await store.consolidatedEvents()).length, mentions: counts.events, actors: counts.actors,
    });
  });
});

describe('the server as a whole', () => {
  it('describes itself in OpenAPI 3.1', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining([
      '/api/events', '/api/events/{id}', '/api/actors', '/api/actors/{key}', '/api/dyads', '/api/timeline',
      '/api/articles', '/api/articles/{id}', '/api/export', '/api/meta',
    ]));
    expect(body.paths['/api/articles'].post.security).toEqual([{ bearer: [] }]);
    const view = body.paths['/api/events'].get.parameters.find((parameter: { name: string }) => parameter.name === 'view');
    expect(view.schema).toMatchObject({ enum: ['events', 'mentions'], default: 'events' });
    expect(view.description).toMatch(/one row per happening/);
    expect(body.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
  });

  it('answers unknown endpoints with JSON and sends a strict content security policy', async () => {
    const missing = await get('/api/nothing');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('no such endpoint: GET /api/nothing');
    const page = await app.request('/');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await app.request('/ui/..%2Fapp.ts')).status).toBe(404);
  });

  it('shows no events, but every mention, in a store not consolidated yet', async () => {
    const raw = openSqliteStore(path.join(dir, 'raw.db'));
    const event = all[0];
    await raw.saveBatch([{ article: (await store.getArticle(event.article_id))!, events: [event] }]);
    const server = createApp({ store: raw });
    const read = async (url: string) => (await server.request(url)).json() as Promise<any>;
    expect(await read('/api/meta')).toMatchObject({ articles: 1, events: 0, mentions: 1 });
    expect(await read('/api/events')).toEqual({ events: [], next_cursor: null, total: 0 });
    expect((await read('/api/events?view=mentions')).events).toEqual([event]);
    await raw.close();
  });

  it('accepts writes without a token when none is set', async () => {
    const open = createApp({ store });
    const response = await open.request('/api/articles', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '   ' }),
    });
    expect(response.status).toBe(200);
  });
});
