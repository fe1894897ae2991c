import { describe, expect, it } from 'vitest';
import { extract, withTrace } from '../../test/helpers/article.js';

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
