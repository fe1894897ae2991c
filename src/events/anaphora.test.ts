import { describe, expect, it } from 'vitest';
import { extract, withTrace } from '../../test/helpers/article.js';
import { actorMention as actor, eventMention as mention } from '../../test/helpers/mentions.js';
import { resolveEventAnaphora } from './anaphora.js';

const giuliani = actor(1, 'Rudy Giuliani');
const maduro = actor(2, 'Nicolás Maduro');
const sessions = actor(3, 'Pete Sessions');

describe('resolveEventAnaphora', () => {
  it('"Sessions was on the call": borrows the recipient of the last call and is marked anaphoric', () => {
    const call = mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2019-09' });
    const onTheCall = mention({ actor: sessions, recipient: null, cameo: '041' });
    const [first, second] = resolveEventAnaphora([call, onTheCall]);
    expect(first).toBe(call);
    expect(second.actor?.entity).toBe(sessions.entity);
    expect(second.recipient?.entity).toBe(maduro.entity);
    expect(second.anaphoric).toBe(true);
  });

  it('"the call took place": borrows both parties', () => {
    const call = mention({ actor: giuliani, recipient: maduro, cameo: '041' });
    const [, tookPlace] = resolveEventAnaphora([call, mention({ actor: null, recipient: null, cameo: '041' })]);
    expect(tookPlace.actor?.entity).toBe(giuliani.entity);
    expect(tookPlace.recipient?.entity).toBe(maduro.entity);
  });

  it('keeps the more specific code of the two', () => {
    const call = mention({ actor: giuliani, recipient: maduro, cameo: '041' });
    const [, meeting] = resolveEventAnaphora([call, mention({ actor: null, recipient: null, cameo: '04' })]);
    expect(meeting.cameo).toBe('041');
  });

  it('does not borrow from an event of another family (negative)', () => {
    const attack = mention({ actor: giuliani, recipient: maduro, cameo: '180' });
    const resolved = resolveEventAnaphora([attack, mention({ actor: sessions, recipient: null, cameo: '041' })]);
    expect(resolved[1].recipient).toBeNull();
    expect(resolved[1].anaphoric).toBe(false);
  });

  it('does not borrow from a later event (negative)', () => {
    const early = mention({ actor: null, recipient: null, cameo: '041' });
    const call = mention({ actor: giuliani, recipient: maduro, cameo: '041' });
    const resolved = resolveEventAnaphora([early, call]);
    // With no actor and nothing earlier to refer to, the first mention is dropped.
    expect(resolved).toEqual([call]);
  });

  it('drops an event whose actor is its own recipient', () => {
    expect(resolveEventAnaphora([mention({ actor: giuliani, recipient: giuliani, cameo: '040' })])).toEqual([]);
  });

  it('borrows the date of the event it refers to', () => {
    const call = mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2019-09' });
    const [, onTheCall] = resolveEventAnaphora([call, mention({ actor: sessions, recipient: null, cameo: '041' })]);
    expect(onTheCall.timex?.value).toBe('2019-09');
  });
});

describe('event anaphora through the pipeline', () => {
  it('a verb keeps its own arguments: "Russian forces shelled the city" borrows no earlier target (negative)', () => {
    const { doc, events } = extract('Palestinian militants fired rockets at Israel. Russian forces shelled the city of Kharkiv.', '2024-05-01');
    withTrace(doc, () => {
      const shelling = events.find((e) => e.actor?.country === 'RUS');
      expect(shelling).toBeDefined();
      expect(shelling!.recipient).toBeNull();
    });
  });

  it('"Pete Sessions was on the call" is a call between Sessions and the earlier call\'s recipient', () => {
    const { doc, events } = extract('Rudy Giuliani was on a phone call with Venezuelan President Nicolás Maduro last September. Pete Sessions was also on the call.', '2019-12-08');
    withTrace(doc, () => {
      const sessionsCall = events.find((e) => e.cameo === '041' && e.actor?.text.includes('Sessions'));
      expect(sessionsCall).toBeDefined();
      expect(sessionsCall!.recipient?.name).toBe('Nicolás Maduro');
    });
  });
});
