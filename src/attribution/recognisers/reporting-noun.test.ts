import { describe, expect, it } from 'vitest';
import { attributions, withCue } from '../../../test/helpers/attributions.js';

describe('reportingNoun', () => {
  it('"denied claims that …": the noun\'s clause is its content, and a report inside a denial is denied', () => {
    attributions('Russia denied claims that its jets bombed a hospital.', (found) => {
      expect(withCue(found, 'claims')).toMatchObject({ source: null, content: 'that its jets bombed a hospital', status: 'denied' });
      expect(withCue(found, 'denied')).toMatchObject({ source: 'Russia', content: 'claims that its jets bombed a hospital', status: 'denied' });
    });
  });

  it('"his warning of …": the possessor is the source; a warning has a target, not a claim', () => {
    attributions('The mayor repeated his warning of floods.', (found) => {
      expect(withCue(found, 'warning')).toMatchObject({ source: 'his', content: 'floods', claim: false });
    });
  });

  it('a noun with no clause and nothing it is "of" reports nothing, nor does a participle that describes it (negative)', () => {
    attributions('The statement was long.', (found) => expect(found).toEqual([]));
    attributions('The call held on Monday lasted an hour.', (found) => expect(found.filter((f) => f.cue === 'call')).toEqual([]));
  });
});
