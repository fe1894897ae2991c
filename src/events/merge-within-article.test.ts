import { describe, expect, it } from 'vitest';
import { extract, withTrace } from '../../test/helpers/article.js';
import { actorMention as actor, eventMention as mention } from '../../test/helpers/mentions.js';
import type { EventMention } from '../doc/layers.js';
import { loadCameoTraits } from '../ontology/cameo-traits.js';
import { mergeWithinArticle } from './merge-within-article.js';

const traits = loadCameoTraits();
const merge = (mentions: EventMention[]) => mergeWithinArticle(mentions, traits);

// Mentions built by hand: merging looks only at entities, codes, dates and status.
const giuliani = actor(1, 'Rudy Giuliani');
const maduro = actor(2, 'Nicolás Maduro');
const sessions = actor(3, 'Pete Sessions');

describe('mergeWithinArticle', () => {
  it('merges two mentions of the same event into the first, keeping the other under `merged`', () => {
    const first = mention({ actor: giuliani, recipient: maduro, cameo: '041' });
    const second = mention({ actor: giuliani, recipient: maduro, cameo: '041' });
    const events = merge([first, second]);
    expect(events).toHaveLength(1);
    expect(events[0].triggerStart).toBe(first.triggerStart);
    expect(events[0].merged.map((m) => m.triggerStart)).toEqual([second.triggerStart]);
  });

  it('an event the article states itself stays asserted when a later mention relays a report of it', () => {
    const reported = mention({ actor: giuliani, recipient: maduro, cameo: '041', status: 'reported' });
    const stated = mention({ actor: giuliani, recipient: maduro, cameo: '041', status: 'asserted' });
    expect(merge([reported, stated]).map((e) => e.status)).toEqual(['asserted']);
    expect(merge([reported, mention({ actor: giuliani, recipient: maduro, cameo: '041', status: 'reported' })])[0].status).toBe('reported');
  });

  it('merges a third mention too, and keeps events in order of first mention', () => {
    const call = mention({ actor: giuliani, recipient: maduro, cameo: '041' });
    const visit = mention({ actor: sessions, recipient: maduro, cameo: '042' });
    const again = mention({ actor: giuliani, recipient: maduro, cameo: '041' });
    const third = mention({ actor: giuliani, recipient: maduro, cameo: '04' });
    const events = merge([call, visit, again, third]);
    expect(events.map((e) => e.triggerStart)).toEqual([call.triggerStart, visit.triggerStart]);
    expect(events[0].merged).toHaveLength(2);
    expect(events[1].merged).toHaveLength(0);
  });

  it('does not merge mentions with different actors (negative)', () => {
    const events = merge([
      mention({ actor: giuliani, recipient: maduro, cameo: '041' }),
      mention({ actor: sessions, recipient: maduro, cameo: '041' }),
    ]);
    expect(events).toHaveLength(2);
  });

  it('merges reversed parties for a symmetric code (a phone call between A and B is one call)', () => {
    const events = merge([
      mention({ actor: giuliani, recipient: maduro, cameo: '041' }),
      mention({ actor: maduro, recipient: giuliani, cameo: '041' }),
    ]);
    expect(events).toHaveLength(1);
  });

  it('keeps reversed parties apart for a bare root 04, which may be a visit (negative)', () => {
    const events = merge([
      mention({ actor: giuliani, recipient: maduro, cameo: '04' }),
      mention({ actor: maduro, recipient: giuliani, cameo: '04' }),
    ]);
    expect(events).toHaveLength(2);
  });

  it('keeps reversed parties apart for a directed code (A criticised B, B criticised A)', () => {
    const events = merge([
      mention({ actor: giuliani, recipient: maduro, cameo: '111' }),
      mention({ actor: maduro, recipient: giuliani, cameo: '111' }),
    ]);
    expect(events).toHaveLength(2);
  });

  describe('codes', () => {
    it('merges a generic code with a specific one of its family and keeps the specific code', () => {
      expect(merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '040' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '041' }),
      ]).map((e) => e.cameo)).toEqual(['041']);
      expect(merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '1054' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '10' }),
      ]).map((e) => e.cameo)).toEqual(['1054']);
    });

    it('keeps two different specific codes of one family apart (a call and a visit)', () => {
      expect(merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '041' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '042' }),
      ])).toHaveLength(2);
    });

    it('keeps codes of different families apart', () => {
      expect(merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '040' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '111' }),
      ])).toHaveLength(2);
    });
  });

  describe('dates', () => {
    it('merges compatible dates and keeps the most precise ("The September 2018 call" dates "the call in 2018")', () => {
      const events = merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2018' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2018-09' }),
      ]);
      expect(events).toHaveLength(1);
      expect(events[0].timex?.value).toBe('2018-09');
    });

    it('takes a date from a later mention when the first has none', () => {
      const events = merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '041' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2018-09' }),
      ]);
      expect(events).toHaveLength(1);
      expect(events[0].timex?.value).toBe('2018-09');
    });

    it('keeps contradicting dates apart (two calls, a year apart)', () => {
      expect(merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2018-09' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2019-09' }),
      ])).toHaveLength(2);
    });
  });

  describe('status', () => {
    it('keeps a negated and a hypothetical mention apart', () => {
      expect(merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '040', status: 'negated' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '040', status: 'hypothetical' }),
      ])).toHaveLength(2);
    });

    it('keeps a denied mention apart from an asserted one ("X denied that Y attacked" is not the attack)', () => {
      expect(merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '040', status: 'asserted' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '040', status: 'denied' }),
      ])).toHaveLength(2);
      expect(merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '040', status: 'negated' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '040', status: 'asserted' }),
      ])).toHaveLength(2);
    });

    it('merges an asserted and a reported mention: a fact and a report of it are one event', () => {
      expect(merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '040', status: 'asserted' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '040', status: 'reported' }),
      ])).toHaveLength(1);
    });

    it('merges mentions of equal status', () => {
      expect(merge([
        mention({ actor: giuliani, recipient: maduro, cameo: '040', status: 'future' }),
        mention({ actor: giuliani, recipient: maduro, cameo: '040', status: 'future' }),
      ])).toHaveLength(1);
    });
  });

  it('prefers a mention that names its parties itself over an anaphoric one as the head', () => {
    const anaphoric = mention({ actor: giuliani, recipient: maduro, cameo: '041', anaphoric: true, rule: '041.anaphoric.v1' });
    const explicit = mention({ actor: giuliani, recipient: maduro, cameo: '041', rule: '041.explicit.v1' });
    const events = merge([anaphoric, explicit]);
    expect(events).toHaveLength(1);
    expect(events[0].rule).toBe('041.explicit.v1');
    expect(events[0].merged.map((m) => m.rule)).toEqual(['041.anaphoric.v1']);
  });

  it('leaves its input mentions unchanged', () => {
    const first = mention({ actor: giuliani, recipient: maduro, cameo: '040' });
    const second = mention({ actor: giuliani, recipient: maduro, cameo: '041', timex: '2018-09' });
    merge([first, second]);
    expect(first.cameo).toBe('040');
    expect(first.timex).toBeNull();
    expect(first.merged).toEqual([]);
  });

  it('gives nothing for nothing', () => {
    expect(merge([])).toEqual([]);
  });
});

describe('within-article merging through the pipeline', () => {
  it('one event mentioned twice in an article is one record', () => {
    const { doc, events } = extract('Colombia attacked Venezuela on Monday. Colombia attacked Venezuela again, officials said.', '2024-03-14');
    withTrace(doc, () => {
      expect(events.filter((e) => e.cameo.startsWith('18'))).toHaveLength(1);
    });
  });

  it('two different events between the same states stay two records (negative)', () => {
    const { doc, events } = extract('Colombia attacked Venezuela. Colombia criticized Venezuela.', '2024-03-14');
    withTrace(doc, () => {
      expect(events.map((e) => e.cameo.slice(0, 2)).sort()).toEqual(['11', '18']);
    });
  });
});
