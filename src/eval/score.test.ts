import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ActorRef, EventRecord, Sector } from '../contract.js';
import { readGoldFile, type GoldArticle } from './gold.js';
import { loadCameoTraits } from '../ontology/cameo-traits.js';
import { codeMatches, dateMatches, levelScore, scoreArticles, type Level } from './score.js';

const traits = loadCameoTraits();

const GOLD = readGoldFile(fileURLToPath(new URL('./testdata/mini.gold.jsonl', import.meta.url)));
const article = (id: string): GoldArticle => {
  const found = GOLD.find((a) => a.id === id);
  if (!found) throw new Error(`no gold article ${id}`);
  return found;
};

/** A name, a state as [country, sector], or a named actor as [name, country, sector]. */
type ActorSpec =
  | string
  | [country: string | null, sector: Sector | null]
  | [name: string, country: string | null, sector: Sector | null]
  | null;

function actor(spec: ActorSpec): ActorRef | null {
  if (spec === null) return null;
  if (typeof spec === 'string') return { text: spec, name: spec, country: null, sector: null, code: null };
  if (spec.length === 3) return { text: spec[0], name: spec[0], country: spec[1], sector: spec[2], code: null };
  return { text: String(spec[0]), name: null, country: spec[0], sector: spec[1], code: null };
}

let nextId = 0;
/** A predicted event with only what scoring reads filled in. */
function predicted(from: ActorSpec, to: ActorSpec, cameo: string, date: string | null, rule = `${cameo}.test.v1`): EventRecord {
  const evidence = `evidence of ${cameo}`;
  return {
    id: `p${nextId++}`,
    article_id: 'hash',
    doc_id: 'doc',
    title: null,
    url: null,
    outlet: null,
    published: null,
    actor: actor(from),
    recipient: actor(to),
    cameo,
    cameo_name: '',
    quad_class: 1,
    goldstein: 0,
    plover: { type: '', mode: null },
    date,
    date_source: date === null ? 'none' : 'text',
    date_text: null,
    status: 'asserted',
    attribution: { speaker: null, outlets: [], cue: null },
    location: null,
    evidence: { start: 0, end: evidence.length, text: evidence },
    other_evidence: [],
    trigger: { start: 0, end: 0, text: '' },
    rule,
    confidence: 1,
  };
}

function score(id: string, events: EventRecord[]) {
  return scoreArticles([article(id)], new Map([[id, events]]), traits);
}

function counts(report: ReturnType<typeof score>, level: Level) {
  const { tp, fp, fn } = report.levels[level];
  return { tp, fp, fn };
}

describe('scoreArticles: actors', () => {
  it('scores an exact prediction as a hit at every level', () => {
    const report = score('t-call', [
      predicted('Rudy Giuliani', 'Nicolás Maduro', '041', '2018-09'),
      predicted('Pete Sessions', 'Nicolás Maduro', '042', '2018'),
    ]);
    for (const level of ['root', 'code', 'dated'] as const) {
      expect(counts(report, level), level).toEqual({ tp: 2, fp: 0, fn: 0 });
      expect(report.levels[level]).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    }
  });

  it('matches a surname alone', () => {
    const report = score('t-call', [predicted('Giuliani', 'Maduro', '041', '2018-09')]);
    expect(counts(report, 'root')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(report.articles[0].levels.root.matches).toEqual([{ gold: 0, predicted: 0, counted: true }]);
  });

  it('matches names without case or accents', () => {
    const report = score('t-call', [predicted('RUDY GIULIANI', 'Nicolas Maduro', '041', '2018-09')]);
    expect(counts(report, 'dated')).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('matches a null-name gold actor on country and sector, whoever the prediction names', () => {
    const hits = [
      predicted(['USA', 'GOV'], 'Guaidó', '054', '2019-01-05'),
      predicted(['USA', null], 'Juan Guaido', '054', '2019-01'),
      predicted(['Donald Trump', 'USA', 'GOV'], 'Guaidó', '0541', '2019-01'),
    ];
    for (const p of hits) expect(counts(score('t-state', [p]), 'code'), p.actor?.text).toMatchObject({ tp: 1, fp: 0 });
    const misses = [
      predicted(['USA', 'LEG'], 'Guaidó', '054', '2019-01'),
      predicted(['VEN', 'GOV'], 'Guaidó', '054', '2019-01'),
      predicted(['USA', 'GOV'], ['VEN', 'OPP'], '054', '2019-01'),
    ];
    // Named, but the country and sector are what a null-name gold actor asks for.
    misses.push(predicted('Donald Trump', 'Guaidó', '054', '2019-01'));
    for (const p of misses) expect(counts(score('t-state', [p]), 'root'), p.actor?.text).toMatchObject({ tp: 0, fp: 1 });
  });

  it('lets a fully unspecified gold actor match any actor', () => {
    const report = score('t-state', [predicted(['IGO', null], 'Maduro', '120', '2018-05-20')]);
    expect(counts(report, 'root')).toEqual({ tp: 1, fp: 0, fn: 2 });
    // Gold "12" has two digits, so the code level compares two.
    expect(counts(report, 'code')).toEqual({ tp: 1, fp: 0, fn: 2 });
    // t-state's undated event (190) is not counted at `dated`.
    expect(counts(report, 'dated')).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('requires a null gold recipient to be predicted as null', () => {
    expect(counts(score('t-protest', [predicted(['VEN', 'CVL'], null, '141', '2019-01-23')]), 'dated')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts(score('t-protest', [predicted(['VEN', 'CVL'], 'Maduro', '141', '2019-01-23')]), 'root')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('scoreArticles: codes and direction', () => {
  it('ignores direction for 041', () => {
    const report = score('t-call', [predicted('Maduro', 'Giuliani', '041', '2018-09')]);
    expect(counts(report, 'code')).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('keeps direction for 042', () => {
    // Maduro → Sessions does not match the gold visit Sessions → Maduro. At root it is
    // absorbed by the optional gold 043 (Maduro hosts Sessions); at code it is an extra.
    const report = score('t-call', [predicted('Nicolás Maduro', 'Pete Sessions', '042', '2018')]);
    expect(counts(report, 'root')).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(report.articles[0].levels.root.matches).toEqual([{ gold: 2, predicted: 0, counted: false }]);
    expect(counts(report, 'code')).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(report.articles[0].levels.code.misses.map((m) => m.index)).toEqual([0, 1]);
  });

  it('ignores direction when either side is symmetric', () => {
    // The reversed visit cannot be the gold visit, but at root it can be the gold call
    // (041 Sessions–Maduro), whose parties have no order; at code 042 ≠ 041.
    const report = score('t-order', [predicted('Maduro', 'Sessions', '042', '2018')]);
    expect(counts(report, 'root')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(report.articles[0].levels.root.matches).toEqual([{ gold: 1, predicted: 0, counted: true }]);
    expect(counts(report, 'code')).toEqual({ tp: 0, fp: 1, fn: 2 });
    // And a predicted 041 written Maduro → Sessions is the gold call, whatever the order.
    expect(counts(score('t-order', [predicted('Maduro', 'Sessions', '041', '2018-09')]), 'code')).toEqual({ tp: 1, fp: 0, fn: 1 });
    // A predicted 041 Maduro → Sessions may stand, at root, for the gold visit Sessions → Maduro.
    const call = score('t-call', [predicted('Maduro', 'Sessions', '041', '2018')]);
    expect(call.articles[0].levels.root.matches).toEqual([{ gold: 1, predicted: 0, counted: true }]);
  });

  it('requires three digits at code level but only the root at root level', () => {
    const report = score('t-call', [predicted('Giuliani', 'Maduro', '040', '2018-09')]);
    expect(counts(report, 'root')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(counts(report, 'code')).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(counts(report, 'dated')).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('compares codes to three digits, or two where gold has two', () => {
    expect(codeMatches('041', '0412')).toBe(true);
    expect(codeMatches('1054', '105')).toBe(true);
    expect(codeMatches('1054', '1053')).toBe(true);
    expect(codeMatches('105', '10')).toBe(false);
    expect(codeMatches('12', '128')).toBe(true);
    expect(codeMatches('12', '13')).toBe(false);
  });
});

describe('scoreArticles: what counts', () => {
  it('ignores unmatched root-01 predictions', () => {
    const report = score('t-call', [
      predicted('Rudy Giuliani', 'Nicolás Maduro', '041', '2018-09'),
      predicted('Giuliani', null, '010', '2019-12-08', '010.said.v1'),
    ]);
    expect(counts(report, 'root')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(report.levels.root.precision).toBe(1);
    expect(report.articles[0].levels.root.ignored.map((p) => p.rule)).toEqual(['010.said.v1']);
    expect(report.articles[0].levels.root.extras).toEqual([]);
  });

  it('neither rewards nor penalises optional gold events', () => {
    const withOptional = score('t-call', [
      predicted('Giuliani', 'Maduro', '041', '2018-09'),
      predicted('Maduro', 'Sessions', '043', '2018'),
    ]);
    const without = score('t-call', [predicted('Giuliani', 'Maduro', '041', '2018-09')]);
    for (const level of ['root', 'code', 'dated'] as const) {
      expect(counts(withOptional, level), level).toEqual({ tp: 1, fp: 0, fn: 1 });
      expect(counts(without, level), level).toEqual({ tp: 1, fp: 0, fn: 1 });
    }
    expect(without.articles[0].levels.root.misses.map((m) => m.index)).toEqual([1]);
  });

  it('matches one to one: a second identical prediction is an extra', () => {
    const report = score('t-protest', [
      predicted(['VEN', 'CVL'], null, '141', '2019-01-23'),
      predicted(['VEN', 'CVL'], null, '141', '2019-01-23'),
    ]);
    for (const level of ['root', 'code', 'dated'] as const) {
      expect(counts(report, level), level).toEqual({ tp: 1, fp: 1, fn: 0 });
    }
    expect(report.levels.root).toMatchObject({ precision: 0.5, recall: 1 });
    expect(report.levels.root.f1).toBeCloseTo(2 / 3);
  });

  it('maximises matches instead of taking the first fit', () => {
    // At `dated`, p0 (2018-09-14) fits both gold events and p1 (2018-03) only the visit
    // dated 2018. Taking p0 for the visit, as gold order suggests, would strand p1.
    const report = score('t-order', [
      predicted('Sessions', 'Maduro', '041', '2018-09-14'),
      predicted('Sessions', 'Maduro', '041', '2018-03'),
    ]);
    expect(counts(report, 'dated')).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(report.articles[0].levels.dated.matches).toEqual([
      { gold: 0, predicted: 1, counted: true },
      { gold: 1, predicted: 0, counted: true },
    ]);
    // At `code` only 041 fits, so the visit is missed and one call is an extra.
    expect(counts(report, 'code')).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('prefers the most specific prediction when several fit', () => {
    const report = score('t-protest', [
      predicted(['VEN', null], null, '145', '2019'),
      predicted(['VEN', 'CVL'], null, '141', '2019-01-23'),
    ]);
    expect(report.articles[0].levels.root.matches).toEqual([{ gold: 0, predicted: 1, counted: true }]);
    expect(report.articles[0].levels.root.extras.map((p) => p.cameo)).toEqual(['145']);
  });
});

describe('scoreArticles: dates', () => {
  it('matches a more precise prediction at gold granularity', () => {
    const report = score('t-call', [predicted('Giuliani', 'Maduro', '041', '2018-09-14')]);
    expect(counts(report, 'dated')).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('does not match a less precise or a different date', () => {
    for (const date of ['2018', '2018-10', '2018-10-01', null]) {
      const report = score('t-call', [predicted('Giuliani', 'Maduro', '041', date)]);
      expect(counts(report, 'root'), String(date)).toEqual({ tp: 1, fp: 0, fn: 1 });
      expect(counts(report, 'dated'), String(date)).toEqual({ tp: 0, fp: 1, fn: 2 });
    }
  });

  it('does not score an undated gold event at the dated level', () => {
    const report = score('t-state', [predicted(['USA', 'MIL'], ['COL', 'CRM'], '190', '2025-09-02')]);
    expect(counts(report, 'root')).toEqual({ tp: 1, fp: 0, fn: 2 });
    // Neither hit nor miss, and its prediction is not an extra either.
    expect(counts(report, 'dated')).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(report.articles[0].levels.dated.matches).toEqual([{ gold: 2, predicted: 0, counted: false }]);
  });

  it('compares dates field by field', () => {
    expect(dateMatches('2018', '2018')).toBe(true);
    expect(dateMatches('2018', '2018-09-14')).toBe(true);
    expect(dateMatches('2018-09', '2018-09')).toBe(true);
    expect(dateMatches('2018-09-14', '2018-09-14')).toBe(true);
    expect(dateMatches('2018-09', '2018')).toBe(false);
    expect(dateMatches('2018-09-14', '2018-09')).toBe(false);
    expect(dateMatches('2018-09-1', '2018-09-14')).toBe(false);
    expect(dateMatches('2018', null)).toBe(false);
  });
});

describe('scoreArticles: the whole file', () => {
  it('counts articles without predictions as all misses and reports unknown ids', () => {
    const report = scoreArticles(
      GOLD,
      new Map([
        ['t-protest', [predicted(['VEN', 'CVL'], null, '141', '2019-01-23')]],
        ['t-none', [predicted(['USA', 'GOV'], ['VEN', 'GOV'], '112', null)]],
        ['elsewhere', [predicted('A', 'B', '041', null)]],
      ]),
      traits,
    );
    // Required gold events: t-call 2, t-state 3, t-protest 1, t-order 2.
    expect(counts(report, 'root')).toEqual({ tp: 1, fp: 1, fn: 7 });
    // t-state's undated 190 drops out at `dated`.
    expect(counts(report, 'dated')).toEqual({ tp: 1, fp: 1, fn: 6 });
    expect(report.totals).toEqual({ articles: 5, goldEvents: 9, optionalGoldEvents: 1, predictedEvents: 2 });
    expect(report.unknownArticles).toEqual(['elsewhere']);
    expect(report.articles.find((a) => a.id === 't-call')?.predicted).toBe(false);
  });

  it('scores an empty run as zeros, not NaN', () => {
    expect(levelScore(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
    const report = scoreArticles(GOLD, new Map(), traits);
    expect(report.levels.root).toMatchObject({ tp: 0, fp: 0, fn: 8, precision: 0, recall: 0, f1: 0 });
  });
});
