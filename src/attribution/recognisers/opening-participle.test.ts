import { describe, expect, it } from 'vitest';
import { attributions, withCue } from '../../../test/helpers/attributions.js';

describe('openingParticiple', () => {
  it('"Asked whether …, X said …": a question with no source, and no claim', () => {
    attributions('Asked whether the talks would resume, the minister said he hoped so.', (found) => {
      expect(withCue(found, 'Asked')).toMatchObject({ source: null, content: 'whether the talks would resume', claim: false, rule: 'cue.opening-participle.v2' });
      expect(withCue(found, 'said')).toMatchObject({ source: 'the minister', content: 'he hoped so' });
    });
  });

  it('a verb with a subject of its own does not open the sentence as a participle (negative)', () => {
    attributions('The minister asked whether the talks would resume.', (found) => {
      expect(withCue(found, 'asked')).toMatchObject({ source: 'The minister', rule: 'cue.reporting-verb.v1' });
    });
  });
});
