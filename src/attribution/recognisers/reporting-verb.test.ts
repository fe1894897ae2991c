import { describe, expect, it } from 'vitest';
import { attributions, withCue } from '../../../test/helpers/attributions.js';

describe('reportingVerb', () => {
  it('"X told reporters that …": subject, cue, the complement clause; the hearer stays out', () => {
    attributions('Gustavo Petro told reporters that Colombia attacked Venezuela.', (found) => {
      expect(withCue(found, 'told')).toMatchObject({ source: 'Gustavo Petro', content: 'that Colombia attacked Venezuela', status: 'reported', claim: true, rule: 'cue.reporting-verb.v1' });
    });
  });

  it('"Iran attacked the base, officials said": the clause before the tag is its content', () => {
    attributions('Colombia attacked the border post overnight, officials said.', (found) => {
      expect(withCue(found, 'said')).toMatchObject({ source: 'officials', content: 'Colombia attacked the border post overnight' });
    });
  });

  it('nested reports: "Reuters reported that officials said …" gives two, the inner one inside the outer one\'s content, told on Reuters\' word', () => {
    attributions('Reuters reported that officials said Iran had attacked the base.', (found) => {
      expect(withCue(found, 'reported')).toMatchObject({ source: 'Reuters', content: 'that officials said Iran had attacked the base', outlets: ['Reuters'] });
      expect(withCue(found, 'said')).toMatchObject({ source: 'officials', speaker: 'officials', content: 'Iran had attacked the base', outlets: ['Reuters'] });
    });
  });

  it('a quote after "X said:" is its content', () => {
    attributions('Nicolás Maduro said: “Colombia sends us drugs.”', (found) => {
      expect(withCue(found, 'said')).toMatchObject({ source: 'Nicolás Maduro', content: '“Colombia sends us drugs.”', quoted: true });
    });
  });

  it('", saying that …" and "and added that …" take the subject of the verb they go on from', () => {
    attributions('Donald Trump criticized the senator on Tuesday, saying that she lied.', (found) => {
      expect(withCue(found, 'saying')).toMatchObject({ source: 'Donald Trump', content: 'that she lied' });
    });
    attributions('The ministry said Colombia attacked Venezuela and added that talks would continue.', (found) => {
      expect(withCue(found, 'added')).toMatchObject({ source: 'The ministry', content: 'that talks would continue' });
    });
  });

  it('a stance\'s object is its target, not a claim: "condemned the attack"; a verb\'s clause is always a claim', () => {
    attributions('The United States condemned the attack on the embassy.', (found) => expect(withCue(found, 'condemned').claim).toBe(false));
    attributions('Petro vowed to retaliate.', (found) => expect(withCue(found, 'vowed')).toMatchObject({ content: 'to retaliate', claim: false }));
  });

  it('an imperative speaks to the reader, and an adverbial before a comma is no content (negative)', () => {
    attributions('Ask yourself: who gains from the war?', (found) => expect(found).toEqual([]));
    attributions('After the debate, Trump tweeted.', (found) => expect(found).toEqual([]));
  });
});
