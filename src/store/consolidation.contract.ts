// The consolidation part of the Store contract, run against every backend: what
// consolidationInput reads, what saveConsolidation writes (only what changed), and how
// consolidated events are queried.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consolidateStore } from '../consolidate/consolidate-store.js';
import { loadConsolidationLexicons } from '../lexicons.js';
import { AnnalistError } from '../errors.js';
import { MADURO, makeActor, makeArticle, makeEvent } from './fixtures.js';
import type { Store } from './store.js';

const lexicons = loadConsolidationLexicons();
const CALL = 'Rudy Giuliani held a phone call with Venezuelan President Nicolás Maduro in September 2018.';

/** `makeStore` must return a new, empty store each time it is called. */
export function runConsolidationContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store consolidation contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const report = (id: string, outlet: string, published: string) => ({
      article: makeArticle({ id, outlet, published, text: `${CALL} (${outlet})` }),
      events: [makeEvent({ id: `${id}:call`, article_id: id, evidence: { start: 0, end: CALL.length, text: CALL } })],
    });
    const post = report('post', 'The Washington Post', '2019-12-09');
    const hill = report('hill', 'The Hill', '2019-12-10');
    const times = report('times', 'The New York Times', '2019-12-12');
    const apology = {
      article: makeArticle({ id: 'apology', outlet: 'Reuters', published: '2019-12-11', text: 'Giuliani apologised to Maduro.' }),
      events: [makeEvent({
        id: 'apology:0', article_id: 'apology', cameo: '055', cameo_name: 'Apologize', plover: { type: 'CONCEDE', mode: null },
        date: '2019-12-11', date_source: 'publication', date_text: null, trigger: { start: 9, end: 19, text: 'apologised' },
        evidence: { start: 0, end: 30, text: 'Giuliani apologised to Maduro.' }, rule: '055.apologize.v1',
      })],
    };

    it('reads every article with its story terms and every mention with its outlet and date', async () => {
      await store.saveBatch([post, hill]);
      const input = await store.consolidationInput();
      expect([...input.storyTerms.keys()].sort()).toEqual(['hill', 'post']);
      expect(new Map(input.storyTerms.get('post')).get('maduro')).toBeGreaterThan(0);
      expect(input.mentions.map((m) => [m.record.id, m.outlet, m.published]).sort())
        .toEqual([['hill:call', 'The Hill', '2019-12-10'], ['post:call', 'The Washington Post', '2019-12-09']]);
      expect(input.mentions.find((m) => m.record.id === 'post:call')?.record).toEqual(post.events[0]);
    });

    it('stores one event per happening with its mentions, sources and first report', async () => {
      await store.saveBatch([hill, apology, post]);
      expect(await store.unconsolidatedMentions()).toBe(hill.events.length + apology.events.length + post.events.length);
      const change = await consolidateStore(store, lexicons);
      expect(await store.unconsolidatedMentions()).toBe(0);
      expect(change).toMatchObject({ events: 2, written: 2, removed: 0 });
      const events = await store.consolidatedEvents();
      const call = events.find((e) => e.cameo === '041')!;
      expect(call).toMatchObject({ num_mentions: 2, num_articles: 2, num_sources: 2 });
      expect(call.first_reported).toEqual({ article_id: 'post', outlet: 'The Washington Post', published: '2019-12-09' });
      expect(call.mentions.map((m) => m.id)).toEqual(['post:call', 'hill:call']);
      expect(call.trail).toMatch(/^first reported by The Washington Post on 2019-12-09/);
      expect((await store.eventMentions(call.id)).map((m) => m.id).sort()).toEqual(['hill:call', 'post:call']);
      expect((await store.eventMentions('hill:call')).map((m) => m.id)).toEqual(['hill:call']);
    });

    it('lists every sentence of each report about the event', async () => {
      const again = { start: CALL.length + 1, end: CALL.length + 30, text: 'Giuliani confirmed the call.' };
      const told = { ...hill, events: [{ ...hill.events[0], other_evidence: [again] }] };
      await store.saveBatch([post, told]);
      await consolidateStore(store, lexicons);
      const [call] = await store.consolidatedEvents();
      expect(call.mentions.map((m) => [m.id, m.other_evidence])).toEqual([['post:call', []], ['hill:call', [again]]]);
    });

    it('writes nothing when nothing changed, and only the affected event when a report arrives', async () => {
      await store.saveBatch([post, apology]);
      await consolidateStore(store, lexicons);
      expect(await consolidateStore(store, lexicons)).toMatchObject({ events: 2, written: 0, removed: 0, restoried: 0 });
      const before = await store.consolidatedEvents();
      await store.saveBatch([times]);
      const change = await consolidateStore(store, lexicons);
      // The call gains a mention (rewritten, same id: its founding mention is unchanged); the apology is untouched.
      expect(change).toMatchObject({ events: 2, written: 1, removed: 0 });
      const after = await store.consolidatedEvents();
      expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
    });

    it('removes an event that merges into another', async () => {
      await store.saveBatch([post]);
      await consolidateStore(store, lexicons);
      const [only] = await store.consolidatedEvents();
      // hill's mention id sorts first, so the merged event is founded by it and gets a new id.
      await store.saveBatch([hill]);
      const change = await consolidateStore(store, lexicons);
      expect(change).toMatchObject({ events: 1, written: 1, removed: 1 });
      const [merged] = await store.consolidatedEvents();
      expect(merged.id).not.toBe(only.id);
      expect(await store.eventMentions(only.id)).toEqual([]);
    });

    it('filters on the head mention and pages with an event id', async () => {
      await store.saveBatch([post, hill, apology]);
      await consolidateStore(store, lexicons);
      expect((await store.consolidatedEvents({ code: '055' })).map((e) => e.cameo)).toEqual(['055']);
      expect(await store.consolidatedEvents({ actor: 'nobody at all' })).toEqual([]);
      const all = await store.consolidatedEvents();
      const [first, ...rest] = all;
      expect(await store.consolidatedEvents({ after: first.id })).toEqual(rest);
      expect(await store.consolidatedEvents({ limit: 1 })).toEqual([first]);
      await expect(store.consolidatedEvents({ after: 'no-such-event' })).rejects.toBeInstanceOf(AnnalistError);
    });

    it('gives one event by id, and counts and summarises per event with headsOnly', async () => {
      await store.saveBatch([post, hill, times, apology]);
      await consolidateStore(store, lexicons);
      const events = await store.consolidatedEvents();
      for (const event of events) expect(await store.consolidatedEvent(event.id)).toEqual(event);
      expect(await store.consolidatedEvent('post:call')).toBeNull();
      expect(await store.countEvents()).toBe(4);
      expect(await store.countEvents({ headsOnly: true })).toBe(2);
      expect(await store.countEvents({ headsOnly: true, code: '04' })).toBe(1);
      expect((await store.events({ headsOnly: true })).map((m) => m.id)).toEqual(events.map((e) => e.head_mention));
      const giuliani = (await store.actors({ headsOnly: true })).find((actor) => actor.key === 'Rudy Giuliani');
      expect(giuliani?.events).toBe(2);
      const timeline = await store.timeline({ headsOnly: true }, 'month', 'quad_class');
      expect(timeline.buckets.reduce((sum, bucket) => sum + bucket.events, 0) + timeline.coarser + timeline.undated).toBe(2);
    });

    it('drops a consolidation computed before a newer one was stored', async () => {
      await store.saveBatch([post]);
      const early = await store.consolidationInput();
      await store.saveBatch([hill, apology]);
      await consolidateStore(store, lexicons);
      const current = await store.consolidatedEvents();
      // A worker that read the store before hill and the apology arrived writes last.
      const lagging = new Proxy(store, {
        get: (target, key, receiver) => (key === 'consolidationInput' ? async () => early : Reflect.get(target, key, receiver)),
      });
      expect(await consolidateStore(lagging, lexicons)).toEqual({ events: 2, written: 0, removed: 0, restoried: 0, superseded: true });
      expect(await store.consolidatedEvents()).toEqual(current);
      expect(await consolidateStore(store, lexicons)).toMatchObject({ written: 0, removed: 0, superseded: false });
    });

    it('keeps two calls with the same people years apart as two events', async () => {
      const older = {
        article: makeArticle({ id: 'older', outlet: 'Reuters', published: '2025-11-22', text: 'Trump phoned Maduro on Friday.' }),
        events: [makeEvent({
          id: 'older:0', article_id: 'older', actor: makeActor({ text: 'Trump', name: 'Donald Trump', code: 'USAGOV', sector: 'GOV' }),
          recipient: MADURO, date: '2025-11-21', date_text: 'on Friday', evidence: { start: 0, end: 29, text: 'Trump phoned Maduro on Friday.' },
        })],
      };
      await store.saveBatch([post, older]);
      expect(await consolidateStore(store, lexicons)).toMatchObject({ events: 2 });
    });
  });
}
