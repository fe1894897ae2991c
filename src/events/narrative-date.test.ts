import { describe, expect, it } from 'vitest';
import { extract } from '../../test/helpers/article.js';
import { actorMention as actor, eventMention as mention } from '../../test/helpers/mentions.js';
import type { ActorMention } from '../doc/layers.js';
import { dateFromNarrative } from './narrative-date.js';

const giuliani = actor(1, 'Rudy Giuliani');
const maduro = actor(2, 'Nicolás Maduro');
const sessions = actor(3, 'Pete Sessions');
const guaido = actor(4, 'Juan Guaidó');
const state = (entity: number, country: string): ActorMention => ({ ...actor(entity, country), identity: { name: null, country, sector: null, kind: 'state' } });
const unitedStates = state(5, 'USA');
const venezuela = state(6, 'VEN');

describe('dateFromNarrative', () => {
  it('an undated event takes the date of the latest earlier dated event that shares a person', () => {
    const call = mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2018-09' });
    const visit = mention({ actor: sessions, recipient: maduro, cameo: '042' });
    const [, dated] = dateFromNarrative([call, visit]);
    expect(dated.timex?.value).toBe('2018-09');
    expect(dated.dateFrom).toBe('narrative');
  });

  it('dates carry along a thread: the date passes from event to event through shared people', () => {
    const call = mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2018-09' });
    const visit = mention({ actor: sessions, recipient: maduro, cameo: '042' });
    const briefing = mention({ actor: sessions, recipient: unitedStates, cameo: '040' });
    expect(dateFromNarrative([call, visit, briefing])[2].timex?.value).toBe('2018-09');
  });

  it('the latest dated event of the thread wins', () => {
    const first = mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2018-09' });
    const second = mention({ actor: maduro, recipient: guaido, cameo: '111', timex: '2019-01' });
    expect(dateFromNarrative([first, second, mention({ actor: maduro, recipient: unitedStates, cameo: '112' })])[2].timex?.value).toBe('2019-01');
  });

  it('a state shared with a dated event carries no date (negative)', () => {
    const recognition = mention({ actor: unitedStates, recipient: guaido, cameo: '054', timex: '2019-01' });
    const sanctions = mention({ actor: unitedStates, recipient: venezuela, cameo: '163' });
    expect(dateFromNarrative([recognition, sanctions])[1].timex).toBeNull();
  });

  it('never borrows from a later event, nor keeps a borrowed date on a dated event (negative)', () => {
    const visit = mention({ actor: sessions, recipient: maduro, cameo: '042' });
    const call = mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2018-09' });
    const [undated] = dateFromNarrative([visit, call]);
    expect(undated.timex).toBeNull();
    const own = mention({ actor: sessions, recipient: maduro, cameo: '042', timex: '2018-05' });
    expect(dateFromNarrative([call, own])[1].timex?.value).toBe('2018-05');
  });

  it('a quoted accusation is dated when it is spoken, not by the thread (negative)', () => {
    const call = mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2018-09' });
    const accusation = { ...mention({ actor: giuliani, recipient: venezuela, cameo: '112' }), speech: true };
    expect(dateFromNarrative([call, accusation])[1].timex).toBeNull();
  });
});

describe('narrative dates through the pipeline', () => {
  const text = 'Rudy Giuliani held a phone call with Venezuelan President Nicolás Maduro last September, amid heightened tensions. '
    + 'Pete Sessions accepted an invitation from Maduro to visit Caracas.';

  it('"last September" dates the call although a participle stands nearer to it', () => {
    const call = extract(text, '2019-12-08').events.find((event) => event.cameo === '041');
    expect(call?.date).toBe('2019-09');
    expect(call?.date_source).toBe('text');
  });

  it('the visit takes the call\'s date as the narrative\'s, and says so', () => {
    const visit = extract(text, '2019-12-08').events.find((event) => event.cameo.startsWith('042'));
    expect(visit?.date).toBe('2019-09');
    expect(visit?.date_source).toBe('narrative');
    expect(visit?.date_text).toBe('last September');
  });
});
