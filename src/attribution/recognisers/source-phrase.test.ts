import { describe, expect, it } from 'vitest';
import { attributions, withCue } from '../../../test/helpers/attributions.js';

describe('sourcePhrase', () => {
  it('"According to Reuters, …": the clause after the source', () => {
    attributions('According to Reuters, the conversation lasted less than 15 minutes.', (found) => {
      expect(withCue(found, 'According to')).toMatchObject({ source: 'Reuters', content: 'the conversation lasted less than 15 minutes', outlets: ['Reuters'], rule: 'cue.according-to.v2' });
    });
  });

  it('"…, according to the Post": the clause the phrase modifies, before it', () => {
    attributions('Several officials disputed the trip, according to The Washington Post.', (found) => {
      expect(withCue(found, 'according to')).toMatchObject({ source: 'The Washington Post', content: 'Several officials disputed the trip', speaker: null });
    });
  });

  it('"according to" inside a quote starts no attribution of the article\'s own (negative)', () => {
    attributions('“It went according to plan,” the coach said.', (found) => expect(found.map((f) => f.cue)).toEqual(['said']));
  });
});
