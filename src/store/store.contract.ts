// One suite for every Store backend: SQLite runs it today (sqlite/sqlite-store.test.ts),
// PostgreSQL will run the same suite, so both mean the same thing by every call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../contract.js';
import { AnnalistError } from '../errors.js';
import { MADURO, makeActor, makeArticle, makeEvent } from './fixtures.js';
import type { Store } from './store.js';

/** `makeStore` must return a new, empty store each time it is called. */
export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const hill = makeArticle({ id: 'hill' });
    const reuters = makeArticle({
      id: 'reuters', title: null, published: null, outlet: null, url: null, text: 'Trump spoke to Maduro.', source: 'stdin',
    });
    const trump = makeActor({ text: 'Trump', name: 'Donald Trump', code: 'USAGOV', sector: 'GOV' });
    const unitedStates = makeActor({ text: 'the U.S.', name: null, country: 'USA', sector: null, code: 'USA' });

    // Dates at every granularity, given out of order so the store must sort them.
    const call2018 = makeEvent({ id: 'hill:49', article_id: 'hill' });
    const recognition = makeEvent({
      id: 'hill:120', article_id: 'hill', actor: unitedStates,
      recipient: makeActor({ text: 'Juan Guaidó', name: 'Juan Guaidó', country: 'VEN', sector: 'OPP', code: 'VENOPP' }),
      cameo: '054', cameo_name: 'Grant diplomatic recognition', quad_class: 1, goldstein: 7.4,
      plover: { type: 'COOPERATE', mode: null }, date: '2019-01', date_text: 'January 2019', status: 'asserted',
      attribution: { speaker: null, outlets: [], cue: null },
      evidence: { start: 100, end: 140, text: 'the U.S. recognised Juan Guaidó in 2019' }, trigger: { start: 109, end: 119, text: 'recognised' },
      rule: '054.recognise.v1', confidence: 1,
    });
    const yearOnly = makeEvent({
      id: 'hill:10', article_id: 'hill', actor: trump, recipient: null, cameo: '1054', cameo_name: 'Demand easing of economic sanctions',
      quad_class: 3, goldstein: -5, plover: { type: 'DEMAND', mode: 'economic' }, date: '2018', date_text: 'in 2018',
      status: 'hypothetical', attribution: { speaker: 'a spokesperson', outlets: ['The Hill', 'Reuters'], cue: 'told' },
      location: 'Caracas', evidence: { start: 0, end: 20, text: 'tab\there\nand "quotes"' }, trigger: { start: 4, end: 8, text: 'here' },
      rule: '1054.demand-lift.v1', confidence: 0.25,
    });
    const dayPrecise = makeEvent({
      id: 'reuters:0', article_id: 'reuters', actor: trump, recipient: MADURO, date: '2018-09-14',
      date_source: 'publication', date_text: null, evidence: { start: 0, end: 22, text: 'Trump spoke to Maduro.' },
      trigger: { start: 6, end: 11, text: 'spoke' }, cameo: '042', cameo_name: 'Make a visit', plover: { type: 'CONSULT', mode: 'visit' },
    });
    const undated = makeEvent({
      id: 'reuters:5', article_id: 'reuters', actor: null, recipient: unitedStates, date: null, date_source: 'none', date_text: null,
      cameo: '190', cameo_name: 'Use conventional military force', quad_class: 4, goldstein: -10, plover: { type: 'FIGHT', mode: null },
      status: 'negated', evidence: { start: 5, end: 22, text: 'spoke to Maduro.' }, trigger: { start: 6, end: 11, text: 'spoke' },
    });
    const sorted = [yearOnly, call2018, dayPrecise, recognition, undated];
    const saveAll = () => store.saveBatch([
      { article: hill, events: [recognition, call2018, yearOnly] },
      { article: reuters, events: [undated, dayPrecise] },
    ]);
    const ids = (events: EventRecord[]) => events.map((event) => event.id);
    const select = async (filter: Parameters<Store['events']>[0]) => ids(await store.events(filter));

    it('starts empty at a known schema version', async () => {
      expect(await store.counts()).toEqual({ articles: 0, events: 0, actors: 0 });
      expect(await store.events()).toEqual([]);
      const version = await store.schemaVersion();
      expect(Number.isInteger(version) && version >= 1).toBe(true);
    });

    it('reads back exactly what it saved, ordered by date, article and offset', async () => {
      expect(await saveAll()).toEqual({ inserted: ['hill', 'reuters'], duplicates: [] });
      expect(await store.events()).toEqual(sorted);
      expect(await store.getArticle('hill')).toEqual(hill);
      expect(await store.getArticle('reuters')).toEqual(reuters);
      expect(await store.getArticle('missing')).toBeNull();
      expect(Date.parse((await store.ingestedAt('hill'))!)).toBeGreaterThan(Date.parse('2020-01-01'));
      expect(await store.ingestedAt('hill')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(await store.ingestedAt('missing')).toBeNull();
      expect(await store.hasArticle('hill')).toBe(true);
      expect(await store.hasArticle('missing')).toBe(false);
    });

    it('keeps the other sentences of an event as given, and an empty list as empty', async () => {
      const told = makeEvent({
        id: 'hill:told', article_id: 'hill',
        other_evidence: [
          { start: 150, end: 186, text: 'Mackowiak "confirmed"\tthe call.\nYes' },
          { start: 300, end: 331, text: 'Sessions said he spoke to Maduro—twice 🙂' },
        ],
      });
      await store.saveBatch([{ article: hill, events: [told, call2018] }]);
      expect(await store.events()).toEqual([call2018, told]);
      expect((await store.events())[0].other_evidence).toEqual([]);
      expect(await store.eventMentions('hill:told')).toEqual([told]);
    });

    it('counts articles, event mentions and distinct actors', async () => {
      await saveAll();
      // Giuliani, Maduro, the U.S., Guaidó, Trump: Trump and Maduro each appear twice.
      expect(await store.counts()).toEqual({ articles: 2, events: 5, actors: 5 });
    });

    it('treats a re-saved article as a duplicate and leaves it untouched', async () => {
      await saveAll();
      const again = await store.saveBatch([{ article: hill, events: [makeEvent({ id: 'hill:999', article_id: 'hill' })] }]);
      expect(again).toEqual({ inserted: [], duplicates: ['hill'] });
      expect(await store.counts()).toEqual({ articles: 2, events: 5, actors: 5 });
      expect(await store.events()).toEqual(sorted);
    });

    it('reports an article repeated inside one batch as a duplicate', async () => {
      const result = await store.saveBatch([
        { article: hill, events: [call2018] },
        { article: hill, events: [recognition] },
        { article: reuters, events: [] },
      ]);
      expect(result).toEqual({ inserted: ['hill', 'reuters'], duplicates: ['hill'] });
      expect(ids(await store.events())).toEqual(['hill:49']);
    });

    it('stores nothing from a batch with an invalid record, and stays usable', async () => {
      const invalid = { ...recognition, quad_class: 7 } as unknown as EventRecord;
      const error = await store.saveBatch([
        { article: reuters, events: [dayPrecise] },
        { article: hill, events: [call2018, invalid] },
      ]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AnnalistError);
      expect(error).toMatchObject({ code: 'store', message: expect.stringContaining('hill:120') });
      expect(await store.counts()).toEqual({ articles: 0, events: 0, actors: 0 });
      expect(await store.hasArticle('reuters')).toBe(false);

      expect(await saveAll()).toEqual({ inserted: ['hill', 'reuters'], duplicates: [] });
    });

    it('refuses an event saved under another article', async () => {
      const error = await store.saveBatch([{ article: reuters, events: [call2018] }]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AnnalistError);
      expect((error as AnnalistError).code).toBe('store');
      expect(await store.counts()).toEqual({ articles: 0, events: 0, actors: 0 });
    });

    it('refuses an event id stored twice', async () => {
      await expect(store.saveBatch([{ article: hill, events: [call2018, call2018] }]))
        .rejects.toMatchObject({ code: 'store' });
      expect(await store.hasArticle('hill')).toBe(false);
    });

    describe('filters', () => {
      beforeEach(async () => {
        await saveAll();
      });

      it('actor: canonical name, text as written, either side, case-insensitively', async () => {
        expect(await select({ actor: 'maduro' })).toEqual(['hill:49', 'reuters:0']);
        expect(await select({ actor: 'NICOLÁS' })).toEqual(['hill:49', 'reuters:0']);
        expect(await select({ actor: 'venezuelan president' })).toEqual(['hill:49', 'reuters:0']);
        expect(await select({ actor: 'the u.s.' })).toEqual(['hill:120', 'reuters:5']);
        expect(await select({ actor: 'Pinochet' })).toEqual([]);
      });

      it('actor: CAMEO actor code prefix', async () => {
        expect(await select({ actor: 'VENOPP' })).toEqual(['hill:120']);
        expect(await select({ actor: 'usagov' })).toEqual(['hill:10', 'reuters:0']);
        expect(await select({ actor: 'VEN' })).toEqual(['hill:49', 'reuters:0', 'hill:120']);
      });

      it('country: ISO-3 of actor or recipient', async () => {
        expect(await select({ country: 'VEN' })).toEqual(['hill:49', 'reuters:0', 'hill:120']);
        expect(await select({ country: 'usa' })).toEqual(ids(sorted));
        expect(await select({ country: 'CUB' })).toEqual([]);
        await expect(store.events({ country: 'US' })).rejects.toMatchObject({ code: 'usage' });
      });

      it('code: CAMEO event code prefix', async () => {
        expect(await select({ code: '04' })).toEqual(['hill:49', 'reuters:0']);
        expect(await select({ code: '041' })).toEqual(['hill:49']);
        expect(await select({ code: '1' })).toEqual(['hill:10', 'reuters:5']);
        expect(await select({ code: '10' })).toEqual(['hill:10']);
        await expect(store.events({ code: '04%' })).rejects.toMatchObject({ code: 'usage' });
      });

      it('since/until keep events whose date interval overlaps the bounds', async () => {
        // 2018 and 2018-09 both reach into the days after 2018-09-01; undated events never match a bound.
        expect(await select({ since: '2018-09-01' })).toEqual(['hill:10', 'hill:49', 'reuters:0', 'hill:120']);
        expect(await select({ since: '2018-09-15' })).toEqual(['hill:10', 'hill:49', 'hill:120']);
        expect(await select({ until: '2018-08-31' })).toEqual(['hill:10']);
        expect(await select({ until: '2018-09-01' })).toEqual(['hill:10', 'hill:49']);
        expect(await select({ since: '2018-09-15', until: '2018-12-31' })).toEqual(['hill:10', 'hill:49']);
        expect(await select({ since: '2019-02-01' })).toEqual([]);
      });

      it('since/until accept coarse bounds: since starts and until ends its interval', async () => {
        expect(await select({ since: '2019' })).toEqual(['hill:120']);
        expect(await select({ until: '2018-09' })).toEqual(['hill:10', 'hill:49', 'reuters:0']);
        expect(await select({ since: '2018-09', until: '2018-09' })).toEqual(['hill:10', 'hill:49', 'reuters:0']);
        await expect(store.events({ since: 'last week' })).rejects.toMatchObject({ code: 'usage' });
        await expect(store.events({ until: '2018-02-30' })).rejects.toMatchObject({ code: 'usage' });
      });

      it('combines filters and applies the limit after ordering', async () => {
        expect(await select({ actor: 'maduro', since: '2018-09-10' })).toEqual(['hill:49', 'reuters:0']);
        expect(await select({ country: 'VEN', code: '05' })).toEqual(['hill:120']);
        expect(await select({ limit: 2 })).toEqual(['hill:10', 'hill:49']);
        await expect(store.events({ limit: 0 })).rejects.toMatchObject({ code: 'usage' });
      });

      it('treats empty filter values as absent', async () => {
        expect(await select({ actor: '', country: ' ', code: '' })).toEqual(ids(sorted));
        expect(await select({ actorKey: '', sector: ' ', plover: '', text: ' ', article: '', after: '' })).toEqual(ids(sorted));
      });

      it('actorKey: exactly the canonical name, or the code of an unnamed actor', async () => {
        expect(await select({ actorKey: 'Nicolás Maduro' })).toEqual(['hill:49', 'reuters:0']);
        // Giuliani is coded USA too, but he has a name: the key USA is the unnamed United States only.
        expect(await select({ actorKey: 'USA' })).toEqual(['hill:120', 'reuters:5']);
        expect(await select({ actorKey: 'maduro' })).toEqual([]);
      });

      it('sector, PLOVER type, QuadClass and status', async () => {
        expect(await select({ sector: 'OPP' })).toEqual(['hill:120']);
        expect(await select({ sector: 'gov' })).toEqual(['hill:10', 'hill:49', 'reuters:0']);
        expect(await select({ plover: 'consult' })).toEqual(['hill:49', 'reuters:0']);
        expect(await select({ plover: 'ASSAULT' })).toEqual([]);
        expect(await select({ quadClass: 4 })).toEqual(['reuters:5']);
        expect(await select({ quadClass: 1 })).toEqual(['hill:49', 'reuters:0', 'hill:120']);
        expect(await select({ status: 'negated' })).toEqual(['reuters:5']);
        expect(await select({ status: 'reported' })).toEqual(['hill:49', 'reuters:0']);
        await expect(store.events({ sector: 'ARMY' })).rejects.toMatchObject({ code: 'usage' });
        await expect(store.events({ plover: 'DISCUSS' })).rejects.toMatchObject({ code: 'usage' });
        await expect(store.events({ quadClass: 5 as 4 })).rejects.toMatchObject({ code: 'usage' });
        await expect(store.events({ status: 'rumoured' as 'reported' })).rejects.toMatchObject({ code: 'usage' });
      });

      it('text: case-insensitive substring of the evidence sentence, accents included', async () => {
        expect(await select({ text: 'GUAIDÓ' })).toEqual(['hill:120']);
        expect(await select({ text: 'to maduro' })).toEqual(['reuters:0', 'reuters:5']);
        expect(await select({ text: '"quotes"' })).toEqual(['hill:10']);
        expect(await select({ text: '%' })).toEqual([]);
      });

      it('article: the events of one article', async () => {
        expect(await select({ article: 'reuters' })).toEqual(['reuters:0', 'reuters:5']);
        expect(await select({ article: 'missing' })).toEqual([]);
      });

      it('after: pages through events() order without skipping or repeating', async () => {
        expect(await select({ limit: 2 })).toEqual(['hill:10', 'hill:49']);
        expect(await select({ after: 'hill:49', limit: 2 })).toEqual(['reuters:0', 'hill:120']);
        expect(await select({ after: 'hill:120', limit: 2 })).toEqual(['reuters:5']);
        expect(await select({ after: 'reuters:5' })).toEqual([]);
        expect(await select({ country: 'VEN', after: 'hill:49' })).toEqual(['reuters:0', 'hill:120']);
        await expect(store.events({ after: 'missing' })).rejects.toMatchObject({ code: 'usage' });
      });

      it('after: events that tie on date, article and offsets are ordered by id', async () => {
        const twins = ['twin:b', 'twin:a', 'twin:c'].map((id) => makeEvent({ id, article_id: 'twin' }));
        await store.saveBatch([{ article: makeArticle({ id: 'twin' }), events: twins }]);
        const pages: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = await select({ after, limit: 1 });
          if (page.length === 0) break;
          pages.push(...page);
          after = page[0];
        }
        expect(pages).toEqual(ids(await store.events()));
        expect(pages.filter((id) => id.startsWith('twin:'))).toEqual(['twin:a', 'twin:b', 'twin:c']);
      });

      it('countEvents counts what events() returns', async () => {
        expect(await store.countEvents()).toBe(5);
        expect(await store.countEvents({ actor: 'maduro' })).toBe(2);
        expect(await store.countEvents({ country: 'CUB' })).toBe(0);
      });

      it('eventMentions: the one stored mention of an event, or none', async () => {
        expect(await store.eventMentions('hill:49')).toEqual([call2018]);
        expect(await store.eventMentions('missing')).toEqual([]);
      });
    });

    describe('summaries', () => {
      const petroOpposition = makeActor({ text: 'Senator Gustavo Petro', name: 'Gustavo Petro', country: 'COL', sector: 'OPP', code: 'COLOPP' });
      const petro = makeActor({ text: 'Petro', name: 'Gustavo Petro', country: 'COL', sector: 'GOV', code: 'COLGOV' });
      const duque = makeActor({ text: 'Iván Duque', name: 'Iván Duque', country: 'COL', sector: 'GOV', code: 'COLGOV' });
      const nobody = makeActor({ text: 'officials', name: null, country: null, sector: null, code: null });
      const bogota = (n: number, overrides: Partial<EventRecord>) => makeEvent({ id: `bogota:${n}`, article_id: 'bogota', ...overrides });
      const accused = bogota(1, {
        actor: petroOpposition, recipient: duque, date: '2019-05', cameo: '112', cameo_name: 'Accuse', quad_class: 3,
        goldstein: -2, plover: { type: 'ACCUSE', mode: null },
      });
      const visited = bogota(2, { actor: petro, recipient: duque, date: '2023-01-10', cameo: '042', plover: { type: 'CONSULT', mode: 'visit' } });
      // 2024-02-04 is a Sunday: its week began on Monday 2024-01-29.
      const struck = bogota(3, {
        actor: petro, recipient: duque, date: '2024-02-04', cameo: '190', quad_class: 4, goldstein: -10,
        plover: { type: 'ASSAULT', mode: null },
      });
      const selfAddressed = bogota(4, { actor: { ...petro, text: 'Gustavo Petro' }, recipient: petro, date: null, date_source: 'none', date_text: null });
      const unnamed = bogota(5, { actor: nobody, recipient: petro, date: '2024-02' });
      const saveBogota = () => store.saveBatch([
        { article: makeArticle({ id: 'bogota' }), events: [accused, visited, struck, selfAddressed, unnamed] },
      ]);

      it('actors: keyed by name, with aliases and each coding over time', async () => {
        await saveBogota();
        expect(await store.actors()).toEqual([
          {
            key: 'Gustavo Petro', name: 'Gustavo Petro', events: 5,
            aliases: ['Petro', 'Gustavo Petro', 'Senator Gustavo Petro'],
            roles: [
              { code: 'COLOPP', country: 'COL', sector: 'OPP', events: 1, first: '2019-05-01', last: '2019-05-31' },
              { code: 'COLGOV', country: 'COL', sector: 'GOV', events: 4, first: '2023-01-10', last: '2024-02-29' },
            ],
          },
          {
            key: 'Iván Duque', name: 'Iván Duque', events: 3, aliases: ['Iván Duque'],
            roles: [{ code: 'COLGOV', country: 'COL', sector: 'GOV', events: 3, first: '2019-05-01', last: '2024-02-04' }],
          },
        ]);
        expect((await store.actors({}, 1)).map((actor) => actor.key)).toEqual(['Gustavo Petro']);
      });

      it('actors: unnamed actors are keyed by code; the filter selects the events first', async () => {
        await saveAll();
        const all = await store.actors();
        expect(all.map(({ key, events }) => [key, events])).toEqual([
          ['Donald Trump', 2], ['Nicolás Maduro', 2], ['USA', 2], ['Juan Guaidó', 1], ['Rudy Giuliani', 1],
        ]);
        expect(all.find((actor) => actor.key === 'USA')).toEqual({
          key: 'USA', name: null, events: 2, aliases: ['the U.S.'],
          roles: [{ code: 'USA', country: 'USA', sector: null, events: 2, first: '2019-01-01', last: '2019-01-31' }],
        });
        expect((await store.actors({ country: 'VEN' })).map(({ key, events }) => [key, events])).toEqual([
          ['Nicolás Maduro', 2], ['Donald Trump', 1], ['Juan Guaidó', 1], ['Rudy Giuliani', 1], ['USA', 1],
        ]);
        expect(await store.actors({ country: 'CUB' })).toEqual([]);
      });

      it('dyads: directed pairs counted by QuadClass', async () => {
        await saveBogota();
        expect(await store.dyads()).toEqual([
          {
            source: 'Gustavo Petro', target: 'Iván Duque', events: 3,
            verbal_cooperation: 1, material_cooperation: 0, verbal_conflict: 1, material_conflict: 1,
          },
          {
            source: 'Gustavo Petro', target: 'Gustavo Petro', events: 1,
            verbal_cooperation: 1, material_cooperation: 0, verbal_conflict: 0, material_conflict: 0,
          },
        ]);
        expect((await store.dyads({}, 1)).map((dyad) => dyad.target)).toEqual(['Iván Duque']);
        expect(await store.dyads({ quadClass: 2 })).toEqual([]);
      });

      it('dyads: ties ordered by source, then target', async () => {
        await saveAll();
        expect((await store.dyads()).map(({ source, target }) => `${source} → ${target}`)).toEqual([
          'Donald Trump → Nicolás Maduro', 'Rudy Giuliani → Nicolás Maduro', 'USA → Juan Guaidó',
        ]);
      });

      it('timeline: counts per period and group; coarser dates and undated events apart', async () => {
        await saveBogota();
        expect(await store.timeline({}, 'week', 'quad_class')).toEqual({
          interval: 'week', group: 'quad_class',
          buckets: [{ period: '2023-01-09', group: '1', events: 1 }, { period: '2024-01-29', group: '4', events: 1 }],
          coarser: 2, undated: 1,
        });
        expect(await store.timeline({}, 'month', 'plover')).toEqual({
          interval: 'month', group: 'plover',
          buckets: [
            { period: '2019-05-01', group: 'ACCUSE', events: 1 },
            { period: '2023-01-01', group: 'CONSULT', events: 1 },
            { period: '2024-02-01', group: 'ASSAULT', events: 1 },
            { period: '2024-02-01', group: 'CONSULT', events: 1 },
          ],
          coarser: 0, undated: 1,
        });
        expect(await store.timeline({}, 'day', 'quad_class')).toMatchObject({
          buckets: [{ period: '2023-01-10', group: '1', events: 1 }, { period: '2024-02-04', group: '4', events: 1 }],
          coarser: 2, undated: 1,
        });
      });

      it('timeline: the filter applies; an empty store has an empty timeline', async () => {
        expect(await store.timeline({}, 'month', 'quad_class')).toEqual({
          interval: 'month', group: 'quad_class', buckets: [], coarser: 0, undated: 0,
        });
        await saveAll();
        expect(await store.timeline({ actor: 'trump' }, 'month', 'quad_class')).toMatchObject({
          buckets: [{ period: '2018-09-01', group: '1', events: 1 }], coarser: 1, undated: 0,
        });
      });
    });
  });
}
