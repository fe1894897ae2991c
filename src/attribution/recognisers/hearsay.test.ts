import { describe, expect, it } from 'vitest';
import { attributions, withCue } from '../../../test/helpers/attributions.js';

describe('hearsay', () => {
  it('"reportedly": hearsay with no source over the clause of the word it modifies', () => {
    attributions('His demands reportedly included the lifting of sanctions.', (found) => {
      expect(withCue(found, 'reportedly')).toMatchObject({ source: null, content: 'His demands reportedly included the lifting of sanctions', status: 'reported', rule: 'cue.hearsay.v2' });
    });
  });

  it('a report that is said is no hearsay (negative)', () => {
    attributions('The report was released on Monday.', (found) => expect(found).toEqual([]));
  });
});
