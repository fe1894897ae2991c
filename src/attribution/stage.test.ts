import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import type { AttributionFrame, TokenSpan } from '../doc/layers.js';
import { runUpTo, withTrace } from '../../test/helpers/article.js';
import { loadAttributionLexicon } from './lexicon.js';
import { createAttributionStage } from './stage.js';

interface Read {
  rule: string;
  cue: string;
  source: string | null;
  content: string;
  continuations: string[];
  status: AttributionFrame['status'];
  speaker: string | null;
  outlets: string[];
  quoted: boolean;
}

/** The attributions of `text`, as words, with the Doc's trace on failure. */
function attributions(text: string, check: (found: Read[], doc: Doc) => void): void {
  const doc = runUpTo('attribution', text, '2024-03-14');
  const words = (span: TokenSpan) => doc.tokenText(span.tokenStart, span.tokenEnd);
  const found = doc.attributions.map((frame) => ({
    rule: frame.rule,
    cue: words(frame.cue),
    source: frame.source ? words(frame.source) : null,
    content: words(frame.content),
    continuations: frame.continuations.map(words),
    status: frame.status,
    speaker: frame.attribution.speaker,
    outlets: frame.attribution.outlets,
    quoted: frame.quoted,
  }));
  withTrace(doc, () => {
    try {
      check(found, doc);
    } catch (error) {
      if (error instanceof Error) error.message += `\n  attributions: ${JSON.stringify(found, null, 1)}`;
      throw error;
    }
  });
}

describe('attribution stage', () => {
  it('declares itself', () => {
    expect(createAttributionStage(loadAttributionLexicon())).toMatchObject({ name: 'attribution', requires: ['tokens', 'sentences', 'actors'], provides: ['attributions'] });
  });

  it('a plain statement has no attribution (negative)', () => {
    attributions('Colombia shelled the border post.', (found) => expect(found).toEqual([]));
  });

  describe('source, cue, content', () => {
    it('"X told reporters that …": source, cue, hearer left out of the content', () => {
      attributions('Gustavo Petro told reporters that Colombia attacked Venezuela.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'told', source: 'Gustavo Petro', content: 'that Colombia attacked Venezuela', status: 'reported', speaker: 'Gustavo Petro', rule: 'cue.source-verb-content.v1' });
      });
    });

    it('"confirmed to The Hill that …" names the outlet', () => {
      attributions('Sessions spokesperson Matt Mackowiak confirmed to The Hill on Sunday that the call took place.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'confirmed', source: 'Sessions spokesperson Matt Mackowiak', speaker: 'Matt Mackowiak', outlets: ['The Hill'], content: 'that the call took place' });
      });
    });

    it('"three sources familiar with the call told the agency": the source as written is the speaker', () => {
      attributions('Three sources familiar with the call told the agency that Maduro signaled willingness to leave.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'told', source: 'Three sources familiar with the call', speaker: 'Three sources familiar with the call' });
        expect(frame.content).toBe('that Maduro signaled willingness to leave');
      });
    });

    it('an apposition stays with its name: "Sanders, a senator from Vermont, said …"', () => {
      attributions('Bernie Sanders, a senator from Vermont, said the economy is rigged.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'said', source: 'Bernie Sanders, a senator from Vermont', speaker: 'Bernie Sanders', content: 'the economy is rigged' });
      });
    });

    it('a pronoun speaks for the person coreference gives it', () => {
      attributions('Matt Mackowiak spoke to reporters on Sunday. He added that Sessions met with officials.', (found) => {
        const added = found.find((f) => f.cue === 'added');
        expect(added).toMatchObject({ source: 'He', speaker: 'Matt Mackowiak', content: 'that Sessions met with officials' });
      });
    });

    it('", saying that …" takes the subject of its clause as its source', () => {
      attributions('Donald Trump criticized the senator on Tuesday, saying that she lied.', (found) => {
        expect(found.find((f) => f.cue === 'saying')).toMatchObject({ source: 'Donald Trump', content: 'that she lied' });
      });
    });

    it('attributions do not nest: a cue inside reported content is part of it', () => {
      attributions('Donald Trump said Clinton believes the polls are wrong.', (found) => {
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ cue: 'said', content: 'Clinton believes the polls are wrong' });
      });
    });

    it('a verb that names something reports nothing: "a program called Sandy Hook Promise" (negative)', () => {
      attributions('Barden leads a program called Sandy Hook Promise.', (found) => expect(found).toEqual([]));
    });
  });

  describe('content first', () => {
    it('"…, officials said." puts the content before its source', () => {
      attributions('Colombia attacked the border post overnight, officials said.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'said', source: 'officials', content: 'Colombia attacked the border post overnight', rule: 'cue.content-source-verb.v1' });
      });
    });

    it('"“…,” said X." has its source after the cue', () => {
      attributions('“We will never negotiate with Colombia,” said Nicolás Maduro.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'said', source: 'Nicolás Maduro', speaker: 'Nicolás Maduro', quoted: true, rule: 'cue.content-verb-source.v1' });
        expect(frame.content).toBe('“We will never negotiate with Colombia,”');
      });
    });

    it('"…, one official told the Post." names the outlet the source spoke to', () => {
      attributions('White House officials did not know why Giuliani was involved, one former official told The Washington Post.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'told', source: 'one former official', outlets: ['The Washington Post'] });
      });
    });

    it('an adverbial before the comma is no content: "After the debate, Trump tweeted." (negative)', () => {
      attributions('After the debate, Trump tweeted.', (found) => expect(found.filter((f) => f.rule === 'cue.content-source-verb.v1')).toEqual([]));
    });
  });

  describe('quotes', () => {
    it('a quote tagged after it is spoken by the person named there', () => {
      attributions('“We will never negotiate with Colombia,” Nicolás Maduro said.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'said', speaker: 'Nicolás Maduro', quoted: true });
      });
    });

    it('a quote after "X said:" is its content', () => {
      attributions('Nicolás Maduro said: “Colombia sends us drugs.”', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'said', source: 'Nicolás Maduro', content: '“Colombia sends us drugs.”', quoted: true });
      });
    });

    it('a quote with no tag of its own goes on with the last quoted speaker', () => {
      attributions('“It is not a pressure campaign,” Trump said. “We will see what happens.”', ([frame]) => {
        expect(frame.continuations).toEqual(['“We will see what happens.”']);
      });
    });

    it('a quote the sentence splitter cut from its tag keeps it: "“… missing?” Trump said."', () => {
      attributions('“Are the emails missing?” Trump said.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'said', source: 'Trump', content: '“Are the emails missing?”' });
      });
    });

    it('no cue inside a quote starts an attribution of its own (negative)', () => {
      attributions('“I think they said it was over,” Maduro said.', (found) => expect(found.map((f) => f.cue)).toEqual(['said']));
    });
  });

  describe('cue phrases', () => {
    it('"According to Reuters, …" puts the content after the source', () => {
      attributions('According to Reuters, the conversation lasted less than 15 minutes.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'According to', source: 'Reuters', content: 'the conversation lasted less than 15 minutes', rule: 'cue.according-to.v1' });
      });
    });

    it('"…, according to the Post." puts it before', () => {
      attributions('Several officials disputed the trip, according to The Washington Post.', ([frame]) => {
        expect(frame).toMatchObject({ source: 'The Washington Post', content: 'Several officials disputed the trip', outlets: ['The Washington Post'], speaker: null });
      });
    });

    it('"reportedly" is hearsay with no source', () => {
      attributions('His demands reportedly included the lifting of sanctions.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'reportedly', source: null, status: 'reported', rule: 'cue.hearsay.v1' });
      });
    });

    it('"It was first reported by The Washington Post": the source follows "by"', () => {
      attributions('It was first reported by The Washington Post.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'reported', source: 'The Washington Post', content: 'It', outlets: ['The Washington Post'], rule: 'cue.passive-by-source.v1' });
      });
    });

    it('a speaker\'s name and a colon: transcripts and headlines', () => {
      attributions('TAPPER: Do you think he has campaigned as a healer?', ([frame]) => {
        expect(frame).toMatchObject({ cue: ':', source: 'TAPPER', rule: 'cue.speaker-colon.v1' });
      });
    });

    it('a heading with a colon is no speaker (negative)', () => {
      attributions('Question: What do you call a boy who calls himself a girl?', (found) => expect(found.filter((f) => f.cue === ':')).toEqual([]));
    });
  });

  describe('verbs of several words', () => {
    it('"made it clear that …" (any form of the first word)', () => {
      attributions('The mayor made it clear that the bridge would stay shut.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'made it clear', source: 'The mayor', content: 'that the bridge would stay shut' });
      });
    });

    it('"takes issue with …"', () => {
      attributions('The union takes issue with the new pension rules.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'takes issue with', source: 'The union', content: 'the new pension rules' });
      });
    });
  });

  describe('words that look like cues but are not', () => {
    it('"the self-described reformer said": the verb inside a hyphenated word is no cue', () => {
      attributions('The self-described reformer said the council had failed.', (found) => expect(found.map((f) => f.cue)).toEqual(['said']));
    });

    it('"An earlier report in the paper said …": "report" after a determiner is a noun', () => {
      attributions('An earlier report in the local paper said that the mill would close.', (found) => expect(found.map((f) => f.cue)).toEqual(['said']));
    });

    it('"the festival known as …" names the festival (negative)', () => {
      attributions('Farmers gather each spring for the festival known as the Long Table.', (found) => expect(found).toEqual([]));
    });

    it('"the count of pledged votes": an -ed form between a preposition and a noun (negative)', () => {
      attributions('The count of pledged votes rose again on Monday.', (found) => expect(found).toEqual([]));
    });
  });

  describe('clauses with a speaker of their own', () => {
    it('", after half said so …" ends the first content', () => {
      attributions('Six in 10 residents say the mayor is honest, after half said so in March.', (found) => {
        expect(found.map((f) => [f.cue, f.source, f.content])).toEqual([
          ['say', 'Six in 10 residents', 'the mayor is honest'],
          ['said', 'half', 'so in March'],
        ]);
      });
    });

    it('", which the audit said was …" is an attribution of its own', () => {
      attributions('The minister defended the contract, which the audit said was wasteful.', (found) => {
        expect(found.map((f) => [f.cue, f.source, f.content])).toEqual([
          ['defended', 'The minister', 'the contract'],
          ['said', 'the audit', 'was wasteful'],
        ]);
      });
    });
  });

  describe('sources', () => {
    it('"about half of the farmers", "four in 10 voters": the quantity belongs to the source', () => {
      attributions('In the valley, about half of the farmers said the rains came late.', ([frame]) => expect(frame.source).toBe('about half of the farmers'));
      attributions('About four in 10 voters say that taxes are too high.', ([frame]) => expect(frame.source).toBe('About four in 10 voters'));
    });

    it('"Forbes, however, says …": the name before an adverb between commas', () => {
      attributions('The Gazette, however, says that the mill will reopen.', ([frame]) => expect(frame.source).toBe('The Gazette'));
    });

    it('"Anna Berg, a chemist who has studied the river, said …": the name and its relative clause', () => {
      attributions('Anna Berg, a chemist who has studied the river for years, said the fish were dying.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'said', source: 'Anna Berg, a chemist who has studied the river for years', content: 'the fish were dying' });
      });
    });

    it('"…, saying the mayor …": the subject speaks; the phrase after the participle is content', () => {
      attributions('The council attacked the budget, saying the mayor "had not read it."', (found) => {
        expect(found.find((f) => f.cue === 'saying')).toMatchObject({ source: 'The council', rule: 'cue.source-verb-content.v1' });
      });
    });

    it('"“…,” said Mr. Burr, adding that …": the quote is no subject', () => {
      attributions('“We will see,” said Mr. Burr, adding that he was hopeful.', (found) => {
        expect(found.map((f) => [f.cue, f.source])).toEqual([['said', 'Mr. Burr'], ['adding', 'Mr. Burr']]);
      });
    });

    it('"“…,” wrote a reader who runs the blog": the relative clause belongs to the source', () => {
      attributions('“Nonsense,” wrote a reader who runs the local blog.', ([frame]) => {
        expect(frame).toMatchObject({ cue: 'wrote', source: 'a reader who runs the local blog', rule: 'cue.content-verb-source.v1' });
      });
    });

    it('"Asked if …, X said …": the opening question is an attribution with no source', () => {
      attributions('Asked if the ferry would run, the captain said he doubted it.', (found) => {
        expect(found.map((f) => [f.cue, f.source, f.content, f.rule])).toEqual([
          ['Asked', null, 'if the ferry would run', 'cue.opening-participle.v1'],
          ['said', 'the captain', 'he doubted it', 'cue.source-verb-content.v1'],
        ]);
      });
    });

    it('"Plans to …": an intention, like "wants to"', () => {
      attributions('The ministry plans to close three schools.', ([frame]) => expect(frame).toMatchObject({ cue: 'plans', source: 'The ministry', content: 'to close three schools' }));
    });

    it('a dateline is no source: "OSLO (AP) — A new study published Monday said …"', () => {
      attributions('OSLO (AP) — A new study published Monday said fewer people smoke.', ([frame]) => expect(frame.source).toBe('A new study'));
    });
  });

  describe('status of the content', () => {
    it('"denied that …" → denied', () => {
      attributions('Venezuela denied that Colombia attacked it.', ([frame]) => expect(frame).toMatchObject({ cue: 'denied', status: 'denied' }));
    });

    it('"denies knowledge of the attack" denies no attack: reported (negative)', () => {
      attributions('Hegseth denies knowledge of the second attack.', ([frame]) => expect(frame.status).toBe('reported'));
    });

    it('"did not say that …" → negated', () => {
      attributions('Maduro did not say that Colombia attacked Venezuela.', ([frame]) => expect(frame).toMatchObject({ cue: 'say', status: 'negated' }));
    });
  });
});
