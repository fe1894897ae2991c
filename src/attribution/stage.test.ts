import { describe, expect, it } from 'vitest';
import { attributions, withCue } from '../../test/helpers/attributions.js';
import { loadAttributionLexicon } from './lexicon.js';
import { createAttributionStage } from './stage.js';

describe('attribution stage', () => {
  it('declares itself', () => {
    expect(createAttributionStage(loadAttributionLexicon())).toMatchObject({ name: 'attribution', requires: ['tokens', 'sentences', 'deps', 'timexes', 'actors'], provides: ['attributions'] });
  });

  it('a plain statement has no attribution (negative)', () => {
    attributions('Colombia shelled the border post.', (found) => expect(found).toEqual([]));
  });

  describe('speakers and outlets', () => {
    it('"confirmed to The Hill that …": the speaker at the head of the source, the outlet told', () => {
      attributions('Sessions spokesperson Matt Mackowiak confirmed to The Hill on Sunday that the call took place.', (found) => {
        expect(withCue(found, 'confirmed')).toMatchObject({ speaker: 'Matt Mackowiak', outlets: ['The Hill'], content: 'that the call took place' });
      });
    });

    it('a pronoun speaks for the person coreference gives it', () => {
      attributions('Matt Mackowiak spoke to reporters on Sunday. He added that Sessions met with officials.', (found) => {
        expect(withCue(found, 'added')).toMatchObject({ source: 'He', speaker: 'Matt Mackowiak', content: 'that Sessions met with officials' });
      });
    });

    it('an apposition stays with its name: "Sanders, a senator from Vermont, said …"', () => {
      attributions('Bernie Sanders, a senator from Vermont, said the economy is rigged.', (found) => {
        expect(withCue(found, 'said')).toMatchObject({ source: 'Bernie Sanders, a senator from Vermont', speaker: 'Bernie Sanders', content: 'the economy is rigged' });
      });
    });

    it('a dateline is no source: "OSLO (AP) — A new study said …"', () => {
      attributions('OSLO (AP) — A new study said fewer people smoke.', (found) => expect(withCue(found, 'said').source).toBe('A new study'));
    });

    it('a report inside another\'s content carries the outer one\'s outlets', () => {
      attributions('Reuters reported that officials said Iran attacked the base.', (found) => expect(withCue(found, 'said').outlets).toEqual(['Reuters']));
    });
  });

  describe('quotes', () => {
    it('a quote tagged after it is spoken by the person named there', () => {
      attributions('“We will never negotiate with Colombia,” Nicolás Maduro said.', (found) => {
        expect(withCue(found, 'said')).toMatchObject({ speaker: 'Nicolás Maduro', content: '“We will never negotiate with Colombia,”', quoted: true });
      });
    });

    it('a quote with no tag of its own goes on with the last quoted speaker', () => {
      attributions('“It is not a pressure campaign,” Trump said. “We will see what happens.”', (found) => {
        expect(withCue(found, 'said').continuations).toEqual(['“We will see what happens.”']);
      });
    });

    it('a quote the sentence splitter cut from its tag keeps it: "“… missing?” Trump said."', () => {
      attributions('“Are the emails missing?” Trump said.', (found) => {
        expect(withCue(found, 'said')).toMatchObject({ source: 'Trump', content: '“Are the emails missing?”' });
      });
    });

    it('a quote over several sentences is one content', () => {
      attributions('“We came to talk. We will stay until we agree,” the envoy said.', (found) => {
        expect(withCue(found, 'said').content).toBe('“We came to talk. We will stay until we agree,”');
      });
    });

    it('no cue inside a quote starts an attribution of its own (negative)', () => {
      attributions('“I think they said it was over,” Maduro said.', (found) => expect(found.map((f) => f.cue)).toEqual(['said']));
    });
  });

  describe('words that look like cues but are not', () => {
    it('"the self-described reformer said": the verb inside a hyphenated word is no cue', () => {
      attributions('The self-described reformer said the council had failed.', (found) => expect(found.map((f) => f.cue)).toEqual(['said']));
    });

    it('"a program called Sandy Hook Promise", "the festival known as …" name something (negative)', () => {
      attributions('Barden leads a program called Sandy Hook Promise.', (found) => expect(found).toEqual([]));
      attributions('Farmers gather each spring for the festival known as the Long Table.', (found) => expect(found).toEqual([]));
    });

    it('"questions regarding the operation": a preposition, no cue (negative)', () => {
      attributions('Trump faced questions regarding a military operation in the Caribbean.', (found) => expect(found.filter((f) => f.cue === 'regarding')).toEqual([]));
    });
  });

  describe('status and claims', () => {
    it('"denied that …" → denied; "denies knowledge of the attack" denies no attack', () => {
      attributions('Venezuela denied that Colombia attacked it.', (found) => expect(withCue(found, 'denied').status).toBe('denied'));
      attributions('Hegseth denies knowledge of the second attack.', (found) => expect(withCue(found, 'denies').status).toBe('reported'));
    });

    it('"did not say that …" → negated', () => {
      attributions('Maduro did not say that Colombia attacked Venezuela.', (found) => expect(withCue(found, 'say').status).toBe('negated'));
    });

    it('a question is no claim: "did not say when the move would take place"', () => {
      attributions('Marsh did not say when the move would take place.', (found) => expect(withCue(found, 'say')).toMatchObject({ content: 'when the move would take place', claim: false }));
    });
  });
});
