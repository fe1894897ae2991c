import { describe, expect, it } from 'vitest';
import { extract, runUpTo, withTrace } from '../../test/helpers/article.js';
import { findArguments } from './arguments.js';
import { loadPatterns } from './pattern.js';
import { TriggerIndex } from './trigger-index.js';

/** The events of a text as "CODE actor → recipient" (actor texts as written), sorted. */
function parties(text: string, root: string): string[] {
  const { doc, events } = extract(text, '2024-03-14');
  return withTrace(doc, () => events
    .filter((e) => e.cameo.startsWith(root))
    .map((e) => `${e.actor?.text ?? '—'} → ${e.recipient?.text ?? '—'}`)
    .sort());
}

// States are named through the world-countries table, so these cases do not depend on the
// people and title lexicons.
describe('event arguments', () => {
  it('subject acts on the direct object', () => {
    expect(parties('Colombia attacked Venezuela.', '18')).toEqual(['Colombia → Venezuela']);
  });

  it('recipient after the pattern\'s preposition ("imposed sanctions on Iran")', () => {
    expect(parties('The United States imposed sanctions on Iran.', '16')).toEqual(['United States → Iran']);
  });

  it('passive: the "by" agent acts on the subject', () => {
    expect(parties('Iran was attacked by Israel.', '18')).toEqual(['Israel → Iran']);
  });

  it('passive without an agent: the subject is the recipient and nobody the actor', () => {
    const doc = runUpTo('actors', 'Iran was attacked on Monday.', '2024-03-14');
    const tokens = doc.tokenTable;
    const [match] = new TriggerIndex(loadPatterns()).match(tokens, 0, tokens.length);
    const { actors, recipient } = findArguments(tokens, doc.actorMentions, match, 0, tokens.length);
    expect(actors).toEqual([]);
    expect(recipient && doc.tokenText(recipient.tokenStart, recipient.tokenEnd)).toBe('Iran');
  });

  it('"is prepared to" is no passive: the subject still acts', () => {
    expect(parties('Iran is prepared to negotiate with the United States.', '03')).toEqual(['Iran → United States']);
  });

  it('passive with the agent a few words on ("was attacked on Monday by Israel")', () => {
    expect(parties('Iran was attacked on Monday by Israel.', '18')).toEqual(['Israel → Iran']);
  });

  it('a possessive owning no actor is itself the recipient ("sanctions on Iran\'s oil sector")', () => {
    expect(parties('The United States imposed sanctions on Iran\'s oil sector.', '16')).toEqual(['United States → Iran']);
  });

  it('"Thousands of protesters": a quantity does not hide the subject', () => {
    expect(parties('Thousands of protesters rallied outside parliament.', '14')).toEqual(['protesters → parliament']);
  });

  it('a mention in a phrase after the subject is not the subject ("Workers at the oil company")', () => {
    expect(parties('Workers at the state oil company went on strike.', '14')).toEqual(['Workers → —']);
  });

  it('the object may be the last words of the trigger ("freed two kidnapped Israeli soldiers")', () => {
    expect(parties('Egypt freed two kidnapped Israeli soldiers.', '08')).toEqual(['Egypt → Israeli soldiers']);
  });

  it('a participle before the object is skipped ("detained two wounded protesters")', () => {
    expect(parties('Police detained two wounded protesters.', '17')).toEqual(['Police → protesters']);
  });

  it('the first name after a giving verb is the recipient ("offered Togo technical assistance")', () => {
    expect(parties('Ghana offered Togo technical assistance.', '03')).toEqual(['Ghana → Togo']);
  });

  it('"talks between A and B" are between A and B, whoever hosts them', () => {
    expect(parties('Poland hosted talks between Ukraine and Russia.', '04').filter((p) => !p.startsWith('Poland'))).toEqual(['Ukraine → Russia']);
  });

  it('"A and B agreed" and "A and B signed": one party acts with the other', () => {
    expect(parties('Iran and Russia agreed to expand cooperation.', '03')).toEqual(['Iran → Russia']);
    expect(parties('Greece and Turkey signed a declaration of friendship.', '05')).toEqual(['Greece → Turkey']);
  });

  it('"A and B condemned C" is two events', () => {
    expect(parties('Venezuela and Colombia condemned Iran.', '11')).toEqual(['Colombia → Iran', 'Venezuela → Iran']);
  });

  it('"A met with B along with C": C is a co-actor', () => {
    expect(parties('Venezuela met with Colombia along with Brazil.', '04')).toEqual(['Brazil → Colombia', 'Venezuela → Colombia']);
  });

  it('a sentence without any actor yields no event (negative)', () => {
    expect(parties('The talks were attacked as pointless.', '18')).toEqual([]);
  });

  // BUG (src/events/arguments.ts, coordinatedBefore): a mention followed by a comma before the
  // subject is taken as a co-subject even when it is the object of a preposition. Input
  // "In Bogotá, Venezuela praised Colombia." (also "Like Iran, …", "After meeting Iran, …").
  // Expected one 051 event Venezuela → Colombia; actual also Bogotá → Colombia.
  it.skip('an introductory "In Bogotá," is not a co-subject (bug)', () => {
    expect(parties('In Bogotá, Venezuela praised Colombia.', '05')).toEqual(['Venezuela → Colombia']);
    expect(parties('Like Iran, Venezuela praised Colombia.', '05')).toEqual(['Venezuela → Colombia']);
  });

  // Needs the actors stage to make "Colombian President Gustavo Petro" one mention; before the
  // title lexicon was filled the recipient after "with" was lost.
  it('a titled recipient after "with" is found', () => {
    const { doc, events } = extract('Venezuelan President Nicolás Maduro spoke by phone with Colombian President Gustavo Petro.', '2024-03-14');
    withTrace(doc, () => {
      const call = events.find((e) => e.cameo === '041');
      expect(call?.recipient?.text).toMatch(/Gustavo Petro$/);
    });
  });
});
