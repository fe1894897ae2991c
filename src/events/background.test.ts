import { describe, expect, it } from 'vitest';
import { extract, withTrace } from '../../test/helpers/article.js';

/** The events of a text as "CODE actor → recipient" (texts as written), and the skip reasons. */
function coded(text: string) {
  const { doc, events } = extract(text, '2024-03-14');
  const skipped = doc.eventDecisions.filter((d) => d.outcome === 'skipped').map((d) => `${d.cameo}: ${d.reason}`);
  return { doc, events: events.map((e) => `${e.cameo} ${e.actor?.text ?? '—'} → ${e.recipient?.text ?? '—'}`), skipped };
}

describe('background clauses, read off the parse', () => {
  it('a reduced relative is background and governs nothing: "officials accused by Washington of corruption met the minister"', () => {
    const { doc, events, skipped } = coded('Venezuelan officials accused by Washington of corruption met Iranian diplomats on Monday.');
    withTrace(doc, () => {
      expect(events).toEqual(['040 Venezuelan officials → Iranian diplomats']);
      // The parser reads "accused" as the verb and "met" as joined to it; a passive with its agent and no
      // auxiliary is read as the participle it is.
      expect(skipped).toEqual([expect.stringMatching(/^1121: a participle (describing the noun before it \(acl|with its agent and no auxiliary)/)]);
    });
  });

  it('a participle after a noun that another verb governs: "the release of demonstrators jailed since the autumn"', () => {
    const { doc, events, skipped } = coded('The families demanded the release of demonstrators jailed since the autumn.');
    // Not coded: background, or (as the parser reads it here) part of what is demanded.
    withTrace(doc, () => {
      expect(events.filter((e) => e.startsWith('17'))).toEqual([]);
      expect(skipped.some((s) => s.startsWith('17'))).toBe(true);
    });
  });

  it('what a background participle is about is no event either: "the woman accused of killing two co-workers is a good person"', () => {
    const { doc, events } = coded('Dorsey says the woman accused of killing two co-workers is a good person.');
    withTrace(doc, () => expect(events.filter((e) => e.startsWith('19') || e.startsWith('18'))).toEqual([]));
  });

  it('a past tense with its object is the clause\'s verb: "Officials accused Washington of corruption" (negative)', () => {
    const { doc, events } = coded('Venezuelan officials accused Washington of corruption.');
    withTrace(doc, () => expect(events).toEqual(['1121 Venezuelan officials → Washington']));
  });

  it('a subject and its verb are no reduced relative: "The parliament threatened on Monday to break relations" (negative)', () => {
    const { doc, events } = coded('The Azerbaijani parliament threatened on Monday to break relations with Russia.');
    withTrace(doc, () => expect(events.map((e) => e.slice(0, 2))).toEqual(['13']));
  });

  it('a headline\'s passive is its news: "Venezuela accused by Colombia of drug trafficking" (negative)', () => {
    const { doc, events } = coded('Venezuela accused by Colombia of drug trafficking');
    withTrace(doc, () => expect(events).toEqual(['112 Colombia → Venezuela']));
  });

  it('a relative clause on a person inside the sentence is background: "Petro, who accused Maduro …, met Lula"', () => {
    const { doc, events, skipped } = coded('Gustavo Petro, who accused Venezuela of fraud last year, met Brazil on Monday.');
    withTrace(doc, () => {
      expect(events.some((e) => e.startsWith('112'))).toBe(false);
      expect(skipped.some((s) => s.includes('relative clause (acl:relcl)'))).toBe(true);
    });
  });

  it('a relative clause that ends the sentence carries the story: its subject is the name before "who"', () => {
    const { doc, events } = coded('Iwaya met Philippine Foreign Secretary Enrique Manalo and President Ferdinand Marcos Jr., who thanked Japan for its support.');
    withTrace(doc, () => expect(events).toContain('051 President Ferdinand Marcos Jr. → Japan'));
  });
});
