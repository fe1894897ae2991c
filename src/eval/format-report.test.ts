import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../contract.js';
import { formatReport, reportToJson } from './format-report.js';
import { parseGold } from './gold.js';
import { loadCameoTraits } from '../ontology/cameo-traits.js';
import { scoreArticles } from './score.js';

const GOLD = parseGold(
  JSON.stringify({
    id: 'f-1',
    title: null,
    published: '2019-12-08',
    outlet: null,
    url: null,
    text: 'Giuliani phoned Maduro last September. The U.S. recognised Guaidó in January.',
    events: [
      {
        actor: { name: 'Rudy Giuliani', country: 'USA', sector: 'PTY' },
        recipient: { name: 'Nicolás Maduro', country: 'VEN', sector: 'GOV' },
        cameo: '041',
        date: '2018-09',
        status: 'asserted',
        evidence: 'Giuliani phoned Maduro last September.',
      },
      {
        actor: { name: null, country: 'USA', sector: 'GOV' },
        recipient: { name: 'Juan Guaidó', country: 'VEN', sector: 'OPP' },
        cameo: '054',
        date: '2019-01',
        status: 'asserted',
        evidence: 'The U.S. recognised\n   Guaidó in January.',
      },
    ],
  }),
  'inline',
);

function predicted(cameo: string, date: string | null, rule: string, evidence: string): EventRecord {
  const ref = (name: string) => ({ text: name, name, country: null, sector: null, code: null });
  return {
    id: `e-${rule}`,
    article_id: 'hash',
    doc_id: 'doc',
    title: null,
    url: null,
    outlet: null,
    published: null,
    actor: ref('Giuliani'),
    recipient: ref('Maduro'),
    cameo,
    cameo_name: '',
    quad_class: 1,
    goldstein: 0,
    plover: { type: '', mode: null },
    date,
    date_source: 'text',
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

const REPORT = scoreArticles(
  GOLD,
  new Map([['f-1', [predicted('041', '2018', '041.phone-call.v1', 'Giuliani phoned Maduro'), predicted('042', null, '042.visit.v1', 'visit to Caracas')]]]),
  loadCameoTraits(),
);

describe('formatReport', () => {
  it('prints a table of the three levels', () => {
    const text = formatReport(REPORT);
    expect(text).toContain('1 articles, 2 gold events (0 optional), 2 predicted events');
    const lines = text.split('\n');
    const header = lines.findIndex((line) => line.startsWith('level'));
    expect(lines[header]).toMatch(/^level\s+P\s+R\s+F1\s+tp\s+fp\s+fn$/);
    // root and code: the call is hit whatever its date, the visit is an extra, Guaidó is missed;
    // dated: the call's "2018" is vaguer than gold's "2018-09", so both gold events are missed.
    expect(lines[header + 1]).toMatch(/^root\s+0\.500\s+0\.500\s+0\.500\s+1\s+1\s+1$/);
    expect(lines[header + 2]).toMatch(/^code\s+0\.500\s+0\.500\s+0\.500\s+1\s+1\s+1$/);
    expect(lines[header + 3]).toMatch(/^dated\s+0\.000\s+0\.000\s+0\.000\s+0\s+2\s+2$/);
    expect(text).not.toContain('miss');
  });

  it('lists misses with gold evidence and extras with rule and evidence', () => {
    const lines = formatReport(REPORT, { details: true }).split('\n');
    const miss = lines.find((line) => line.startsWith('f-1  root   miss'));
    expect(miss).toContain('054');
    expect(miss).toContain('USA/GOV → Juan Guaidó');
    expect(miss).toContain('“The U.S. recognised Guaidó in January.”');
    const extra = lines.find((line) => line.startsWith('f-1  root   extra'));
    expect(extra).toContain('[042.visit.v1]');
    expect(extra).toContain('Giuliani → Maduro');
    expect(extra).toContain('“visit to Caracas”');
    expect(lines.filter((line) => line.startsWith('f-1  dated  miss'))).toHaveLength(2);
    expect(lines.find((line) => line.startsWith('f-1  dated  extra') && line.includes('041.phone-call.v1'))).toContain(
      '2018',
    );
  });

  it('names prediction keys that are not gold articles', () => {
    const report = scoreArticles(GOLD, new Map([['nope', []]]), loadCameoTraits());
    expect(formatReport(report)).toContain('not scored (no such gold article): nope');
  });
});

describe('reportToJson', () => {
  it('keeps counts per article, and the lists only with details', () => {
    const brief = JSON.parse(reportToJson(REPORT));
    expect(brief.levels.root).toEqual(REPORT.levels.root);
    expect(brief.articles[0].levels.root).toEqual({ tp: 1, fp: 1, fn: 1 });
    const full = JSON.parse(reportToJson(REPORT, { details: true }));
    expect(full).toEqual(JSON.parse(JSON.stringify(REPORT)));
    expect(full.articles[0].levels.root.extras[0].rule).toBe('042.visit.v1');
  });
});
