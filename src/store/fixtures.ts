// Small hand-made records for store and export tests: valid by default, so a test states
// only the fields it is about.
import type { ActorRef, Article, EventRecord } from '../contract.js';

export const FIXTURE_TEXT =
  'Rudy Giuliani and then-Rep. Pete Sessions held a phone call with Venezuelan President Nicolás Maduro in September 2018, The Washington Post reported.';

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'article-1',
    title: 'Giuliani and Sessions spoke with Maduro',
    published: '2019-12-10',
    outlet: 'The Hill',
    url: 'https://thehill.com/example',
    text: FIXTURE_TEXT,
    source: 'seeds/hill.html',
    ...overrides,
  };
}

export function makeActor(overrides: Partial<ActorRef> = {}): ActorRef {
  return { text: 'Rudy Giuliani', name: 'Rudy Giuliani', country: 'USA', sector: null, code: 'USA', ...overrides };
}

export const MADURO: ActorRef = {
  text: 'Venezuelan President Nicolás Maduro',
  name: 'Nicolás Maduro',
  country: 'VEN',
  sector: 'GOV',
  code: 'VENGOV',
};

export function makeEvent(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'article-1:49',
    article_id: 'article-1',
    doc_id: 'seeds/hill.html',
    title: 'Giuliani and Sessions spoke with Maduro',
    url: 'https://thehill.com/example',
    outlet: 'The Hill',
    published: '2019-12-10',
    actor: makeActor(),
    recipient: MADURO,
    cameo: '041',
    cameo_name: 'Discuss by telephone',
    quad_class: 1,
    goldstein: 1,
    plover: { type: 'CONSULT', mode: 'phone' },
    date: '2018-09',
    date_source: 'text',
    date_text: 'September 2018',
    status: 'reported',
    attribution: { speaker: null, outlets: ['The Washington Post'], cue: 'reported' },
    location: null,
    evidence: { start: 0, end: FIXTURE_TEXT.length, text: FIXTURE_TEXT },
    other_evidence: [],
    trigger: { start: 49, end: 59, text: 'phone call' },
    rule: '041.phone-call.v1',
    confidence: 0.9,
    ...overrides,
  };
}
