import { describe, expect, it } from 'vitest';
import { attributions, withCue } from '../../../test/helpers/attributions.js';

describe('invertedTag', () => {
  it('"“…,” said X.": the source after the cue, the quote before it', () => {
    attributions('“We will never negotiate with Colombia,” said Nicolás Maduro.', (found) => {
      expect(withCue(found, 'said')).toMatchObject({ source: 'Nicolás Maduro', speaker: 'Nicolás Maduro', content: '“We will never negotiate with Colombia,”', quoted: true, rule: 'cue.inverted-tag.v1' });
    });
  });

  it('"“Nonsense,” wrote a reader who runs the blog": the relative clause belongs to the source', () => {
    attributions('“Nonsense,” wrote a reader who runs the local blog.', (found) => {
      expect(withCue(found, 'wrote')).toMatchObject({ source: 'a reader who runs the local blog', content: '“Nonsense,”' });
    });
  });

  it('", saying the mayor …": after a participle the phrase is content, not the source (negative)', () => {
    attributions('The council attacked the budget, saying the mayor had not read it.', (found) => {
      expect(withCue(found, 'saying')).toMatchObject({ source: 'The council', rule: 'cue.reporting-verb.v1' });
    });
  });
});
