import { describe, expect, it } from 'vitest';
import { runUpTo, withTrace } from '../../test/helpers/article.js';

function resolved(text: string, published = '2025-12-01') {
  const doc = runUpTo('actors', text, published);
  const at = (written: string, nth = 0) => doc.actorMentions.filter((m) => doc.tokenText(m.tokenStart, m.tokenEnd) === written)[nth];
  return { doc, at };
}

describe('in-document coreference', () => {
  it('a surname takes the identity of the full name it shortens', () => {
    const { doc, at } = resolved('Rep. Pete Sessions visited Caracas. Sessions met Maduro there.', '2018-10-01');
    withTrace(doc, () => {
      expect(at('Sessions')?.identity.name).toBe('Pete Sessions');
      expect(at('Sessions')?.entity).toBe(at('Rep. Pete Sessions')?.entity);
    });
  });

  it('"the Venezuelan leader" is the nearest Venezuelan person named before', () => {
    const { doc } = resolved('Trump spoke with Nicolás Maduro on Friday. The Venezuelan leader asked for guarantees.');
    withTrace(doc, () => {
      const leader = doc.actorMentions.find((m) => m.form === 'title');
      expect(leader?.identity.name).toBe('Nicolás Maduro');
    });
  });

  it('"the president" needs a president: it skips a named person of another sector', () => {
    const { doc } = resolved('President Donald Trump called Rep. Pete Sessions. The president was brief.', '2018-10-01');
    withTrace(doc, () => {
      const president = doc.actorMentions.find((m) => m.form === 'title');
      expect(president?.identity.name).toBe('Donald Trump');
    });
  });

  it('a pronoun is the nearest person before it', () => {
    const { doc, at } = resolved('Nicolás Maduro won the vote. He rejected the criticism.');
    withTrace(doc, () => expect(at('He')?.identity.name).toBe('Nicolás Maduro'));
  });

  it('a pronoun mention says it is one, though it takes its antecedent\'s identity; a surname keeps the form of its own words', () => {
    const { doc, at } = resolved('Then-Rep. Pete Sessions met Nicolás Maduro. He said Sessions was there.', '2018-10-01');
    withTrace(doc, () => {
      expect(at('Then-Rep. Pete Sessions')?.form).toBe('titled-name');
      expect(at('He')).toMatchObject({ form: 'pronoun', identity: { name: 'Pete Sessions' } });
      expect(at('Sessions')).toMatchObject({ form: 'name', identity: { name: 'Pete Sessions' } });
    });
  });

  it('a pronoun continues the subject, not the last name before it: "Witkoff met Putin …, his third trip"', () => {
    const { doc, at } = resolved('Steve Witkoff met Vladimir Putin last Friday, his third trip to Russia this year.');
    withTrace(doc, () => expect(at('his')?.identity.name).toBe('Steve Witkoff'));
  });

  it('"it" and "its" are the nearest state or single body; "they" a group', () => {
    const { doc, at } = resolved('Nigeria announced that it will withdraw its troops. The rebels said they would attack.');
    withTrace(doc, () => {
      expect(at('it')?.identity.country).toBe('NGA');
      expect(at('its')?.possessive).toBe(true);
      expect(at('they')?.identity.sector).toBe('REB');
    });
  });

  it('"it is unclear whether" stands for nothing (negative)', () => {
    const { doc, at } = resolved('Iran denied the report. It is unclear whether talks will resume.');
    withTrace(doc, () => expect(at('It')).toBeUndefined());
  });

  it('"the minister" is no president: a known person\'s current role must have the title\'s head word', () => {
    const { doc } = resolved('Vladimir Putin spoke on Monday. Officials met the minister later.', '2024-05-01');
    withTrace(doc, () => expect(doc.actorMentions.find((m) => m.title === 'minister')?.identity.name).toBeNull());
  });

  it('unnamed actors are one entity per head word: two "U.S. officials" are one, an official and a spokesperson are two', () => {
    const { doc, at } = resolved('U.S. officials denied it. A White House spokesperson declined to comment. An administration official said U.S. officials knew.');
    withTrace(doc, () => {
      expect(at('U.S. officials', 0)?.entity).toBe(at('U.S. officials', 1)?.entity);
      const spokesperson = doc.actorMentions.find((m) => m.title?.includes('spokesperson'));
      const official = doc.actorMentions.find((m) => m.title?.endsWith('administration official'));
      expect(spokesperson?.entity).not.toBe(official?.entity);
    });
  });
});

describe('definite references to outlets and organisations', () => {
  it('"the agency" after "according to Reuters" is Reuters', () => {
    const { doc, at } = resolved('According to Reuters, the call was short. Three sources told the agency that Maduro wants to leave.');
    withTrace(doc, () => {
      expect(at('the agency')?.identity.name).toBe('Reuters');
      expect(at('the agency')?.rule).toBe('actors.definite-reference.v1');
    });
  });

  it('"the Post" is the Post named before, in any case: "told the post"', () => {
    const { doc, at } = resolved('It was first reported by The Washington Post. Mackowiak told the Post. Giuliani told the post nothing.');
    withTrace(doc, () => {
      expect(at('the Post')?.identity.name).toBe('The Washington Post');
      expect(at('the post')?.identity.name).toBe('The Washington Post');
    });
  });

  it('a chain of "the Post" reaches past the first mention\'s reach', () => {
    const filler = ' Nothing happened.'.repeat(4);
    const { doc, at } = resolved(`It was first reported by The Washington Post. Mackowiak told the Post.${filler} Giuliani told the Post nothing.`);
    withTrace(doc, () => expect(doc.actorMentions.filter((m) => m.rule === 'actors.definite-reference.v1')).toHaveLength(2));
    expect(at('the Post', 1)?.identity.name).toBe('The Washington Post');
  });

  it('"the Post" with no Post named before refers to nothing: it could be any Post (negative)', () => {
    const { doc } = resolved('Officials told the Post that the talks failed.');
    withTrace(doc, () => expect(doc.actorMentions.some((m) => m.identity.name === 'The Washington Post')).toBe(false));
  });

  it('"the group" after a named armed group is that group', () => {
    const { doc, at } = resolved('Hamas fired rockets at Israel. The group said it acted alone.');
    withTrace(doc, () => expect(at('The group')?.identity.name).toBe('Hamas'));
  });

  it('anonymous sources are mentions with no code: "three sources familiar with the call"', () => {
    const { doc } = resolved('Three sources familiar with the call told Reuters that Maduro asked for immunity.');
    withTrace(doc, () => {
      const sources = doc.actorMentions.find((m) => m.title === 'sources' || m.title?.endsWith('sources'));
      expect(sources?.identity).toMatchObject({ name: null, country: null, sector: null, kind: 'group' });
    });
  });
});
