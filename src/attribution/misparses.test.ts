import { describe, expect, it } from 'vitest';
import { attributions, withCue } from '../../test/helpers/attributions.js';

// Sentences whose parse reads reported speech wrong in a way misparses.ts, verb-content.ts and
// verb-source.ts recognise; with a better parse they read the same.
describe('reported speech the parser misreads', () => {
  it('a "that"-clause read as a relative clause on the hearer or an adjunct is the content', () => {
    attributions('Patrick told Cruz backers Saturday night that Cruz has taken every punch.', (found) => {
      expect(withCue(found, 'told')).toMatchObject({ source: 'Patrick', content: 'that Cruz has taken every punch' });
    });
  });

  it('a reporting verb coordinated with the first, attached inside its content, is no part of it and shares its subject', () => {
    attributions('He said his recent attacks on Trump have given his campaign momentum and said that Trump did not represent the party.', (found) => {
      expect(found.filter((f) => f.cue === 'said').map((f) => [f.source, f.content])).toEqual([
        ['He', 'his recent attacks on Trump have given his campaign momentum'],
        ['He', 'that Trump did not represent the party'],
      ]);
    });
  });


  it('a tag that ends its sentence after a comma reports what precedes it', () => {
    attributions('The next record is almost complete, frontman Anthony Kiedis recently revealed.', (found) => {
      expect(withCue(found, 'revealed')).toMatchObject({ speaker: 'Anthony Kiedis', content: 'The next record is almost complete' });
    });
  });

  it('a quote right before its tag is its content however the parser split it', () => {
    attributions('“Well, Donald, those days are over,” Clinton said.', (found) => {
      expect(withCue(found, 'said')).toMatchObject({ source: 'Clinton', content: '“Well, Donald, those days are over,”' });
    });
  });

  it('a relative clause that fills no gap is no relative clause: a complete clause after "that" on a plain noun stays one (negative)', () => {
    attributions('The minister defended the deal that he signed.', (found) => expect(withCue(found, 'defended').content).toBe('the deal that he signed'));
  });
});
