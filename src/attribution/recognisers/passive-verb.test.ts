import { describe, expect, it } from 'vitest';
import { attributions, withCue } from '../../../test/helpers/attributions.js';

describe('passiveVerb', () => {
  it('"It was first reported by The Washington Post": the agent is the source, the subject the content', () => {
    attributions('It was first reported by The Washington Post.', (found) => {
      expect(withCue(found, 'reported')).toMatchObject({ source: 'The Washington Post', content: 'It', outlets: ['The Washington Post'], rule: 'cue.passive-verb.v1' });
    });
  });

  it('"Iran is said to have attacked the base": no source; the subject and the infinitive around the cue', () => {
    attributions('Iran is said to have attacked the base.', (found) => {
      expect(withCue(found, 'said')).toMatchObject({ source: null, content: 'Iran', continuations: ['to have attacked the base'], claim: true });
    });
  });

  it('an active verb is no passive one (negative)', () => {
    attributions('The Post reported the story.', (found) => expect(withCue(found, 'reported').rule).toBe('cue.reporting-verb.v1'));
  });
});
