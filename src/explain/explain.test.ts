import { describe, expect, it } from 'vitest';
import { defaultAnnalist, makeArticle } from '../../test/helpers/article.js';
import { explainDoc } from './explain.js';
import { formatExplanation } from './format.js';

const text = 'Rudy Giuliani held a phone call with Venezuelan President Nicolás Maduro last September. '
  + 'Pete Sessions was also on the call, his spokesperson told The Hill. '
  + 'The call was short.';

function explain(sentence?: number) {
  const { doc, events } = defaultAnnalist().extract(makeArticle(text, '2019-12-08'));
  return explainDoc(doc, events, sentence);
}

describe('explainDoc', () => {
  it('one explanation per sentence, or only the one asked for (counting from 1)', () => {
    expect(explain().map((x) => x.sentence)).toEqual([1, 2, 3]);
    expect(explain(2).map((x) => x.sentence)).toEqual([2]);
    expect(explain(9)).toEqual([]);
  });

  it('a coded match links to its event record, with actors, date and the rule that fired', () => {
    const [first] = explain(1);
    expect(first.text).toBe('Rudy Giuliani held a phone call with Venezuelan President Nicolás Maduro last September.');
    expect(first.dates).toEqual([expect.objectContaining({ text: 'last September', value: '2019-09' })]);
    expect(first.actors.map((a) => a.name)).toEqual(['Rudy Giuliani', 'Nicolás Maduro']);
    const coded = first.decisions.find((d) => d.outcome === 'coded');
    expect(coded?.event).toMatchObject({ cameo: '041', date: '2019-09', rule: coded?.rule });
    expect(coded?.event?.actor?.name).toBe('Rudy Giuliani');
  });

  it('a later mention of the same event says which sentence holds it', () => {
    const [third] = explain(3);
    const merged = third.decisions.find((d) => d.trigger === 'call');
    expect(merged?.outcome).toBe('merged');
    expect(merged?.reason).toMatch(/sentence [12]/);
  });

  it('attributions show cue, source and content', () => {
    const [second] = explain(2);
    expect(second.attributions[0]).toMatchObject({ cue: expect.stringContaining('told') });
    expect(second.attributions[0].source).toContain('spokesperson');
  });

  it('the text form has one line per finding', () => {
    const lines = formatExplanation(explain(1)[0]).split('\n');
    expect(lines[0]).toMatch(/^article .* · sentence 1 of 3/);
    expect(lines.some((line) => line.startsWith('date    “last September” DATE 2019-09'))).toBe(true);
    expect(lines.some((line) => line.startsWith('event   “') && line.includes('coded: 041') && line.includes('Rudy Giuliani (USAPTY) → Nicolás Maduro (VENGOV)'))).toBe(true);
  });
});

describe('event decisions', () => {
  it('a pattern that codes what a speaker says is skipped outside a quote, and says so', () => {
    const { doc } = defaultAnnalist().extract(makeArticle('Venezuela sends us drugs.', '2025-12-01'));
    expect(doc.eventMentions).toHaveLength(0);
    expect(doc.eventDecisions).toEqual([expect.objectContaining({ cameo: '112', outcome: 'skipped', reason: expect.stringContaining('not inside a quote') })]);
  });
});
