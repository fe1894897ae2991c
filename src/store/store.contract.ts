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
      expect(await store.hasArticle('hill')).toBe(true);
      expect(await store.hasArticle('missing')).toBe(false);
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
      });
    });
  });
}
