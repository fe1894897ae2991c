import { describe, expect, it } from 'vitest';
import { makeEvent } from '../store/fixtures.js';
import { eventId, summarizeEvent } from './event-summary.js';
import type { StoredMention } from './stored-mention.js';

const stored = (id: string, outlet: string | null, published: string | null, overrides = {}): StoredMention => ({
  record: makeEvent({ id, article_id: `article-${id}`, ...overrides }),
  outlet,
  published,
  story: 'story',
});

describe('summarizeEvent', () => {
  it('counts mentions, articles and outlets; an article without an outlet is a source of its own', () => {
    const event = summarizeEvent([
      stored('b', 'The Hill', '2019-12-10'),
      stored('a', 'The Washington Post', '2019-12-09'),
      stored('c', null, '2019-12-11'),
      stored('d', null, null),
    ]);
    expect([event.num_mentions, event.num_articles, event.num_sources]).toEqual([4, 4, 4]);
    expect(event.first_reported).toEqual({ article_id: 'article-a', outlet: 'The Washington Post', published: '2019-12-09' });
    expect(event.mentions.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(event.id).toBe(eventId(['d', 'c', 'b', 'a']));
  });

  it('speaks with a factual mention and shows a denial in the statuses and the trail', () => {
    const event = summarizeEvent([
      stored('a', 'Reuters', '2025-11-20', { status: 'denied', attribution: { speaker: 'the Kremlin', outlets: [], cue: 'denied' } }),
      stored('b', 'AP', '2025-11-21', { status: 'reported', attribution: { speaker: 'a White House official', outlets: [], cue: 'said' } }),
    ]);
    expect(event.status).toBe('reported');
    expect(event.head_mention).toBe('b');
    expect(event.statuses).toEqual({ denied: 1, reported: 1 });
    expect(event.trail).toBe('first denied by the Kremlin in Reuters on 2025-11-20; then AP on 2025-11-21, citing a White House official');
  });
});
