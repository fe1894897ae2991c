import { describe, expect, it } from 'vitest';
import { extract, runUpTo, withTrace } from '../../test/helpers/article.js';
import type { Doc } from '../doc/doc.js';

/** Mentions as "words as written" → mention, for readable assertions. */
function mentions(text: string, published: string | null = '2025-06-01') {
  const doc = runUpTo('actors', text, published);
  return { doc, byText: new Map(doc.actorMentions.map((m) => [doc.tokenText(m.tokenStart, m.tokenEnd), m])) };
}

const check = (doc: Doc, fn: () => void) => withTrace(doc, fn);

describe('actor mentions: names with the titles written before them', () => {
  it('"Venezuelan President Nicolás Maduro": the title and nationality belong to the name', () => {
    const { doc, byText } = mentions('Venezuelan President Nicolás Maduro spoke on Monday.');
    check(doc, () => {
      const maduro = byText.get('Venezuelan President Nicolás Maduro');
      expect(maduro?.identity).toMatchObject({ name: 'Nicolás Maduro', country: 'VEN', sector: 'GOV', kind: 'person' });
      expect(maduro?.rule).toBe('actors.titled-known-person.v1');
    });
  });

  it('"then-Rep." is the role at the time, whatever the lexicon says now', () => {
    const { doc, byText } = mentions('Giuliani was on the call along with then-Rep. Pete Sessions (R-Texas).', '2019-12-08');
    check(doc, () => expect(byText.get('then-Rep. Pete Sessions')?.identity).toMatchObject({ country: 'USA', sector: 'LEG' }));
  });

  it('an unknown name takes its sector from the title: "Secretary of War Pete Hegseth"', () => {
    const { doc, byText } = mentions('Secretary of War Pete Hegseth denied knowledge of the strike.', '2025-12-01');
    check(doc, () => expect(byText.get('Secretary of War Pete Hegseth')?.identity).toMatchObject({ country: 'USA', sector: 'GOV' }));
  });

  it('"former" keeps the title but not its sector: a former official is no longer in government', () => {
    const { doc } = mentions('A former senior administration official told the Post about it.');
    check(doc, () => {
      const official = doc.actorMentions.find((m) => m.title?.includes('official'));
      expect(official?.title).toBe('former senior administration official');
      expect(official?.identity.sector).toBeNull();
    });
  });

  it('"leader" has no sector of its own: the lexicon\'s role on the date decides', () => {
    const { doc, byText } = mentions('Venezuelan leader Nicolás Maduro signaled willingness to leave.', '2025-12-01');
    check(doc, () => expect(byText.get('Venezuelan leader Nicolás Maduro')?.identity).toMatchObject({ country: 'VEN', sector: 'GOV' }));
  });

  it('a role predicated with "as" is not a mention: "recognized Guaidó as president" (negative)', () => {
    const { doc } = mentions('In January, the U.S. formally recognized Juan Guaidó as president of Venezuela.', '2019-12-08');
    check(doc, () => expect(doc.actorMentions.map((m) => doc.tokenText(m.tokenStart, m.tokenEnd))).not.toContain('president'));
  });

  it('group words take the country before them: "U.S. officials", "White House officials"', () => {
    const { doc, byText } = mentions('U.S. officials and White House officials disputed the account.');
    check(doc, () => {
      expect(byText.get('U.S. officials')?.identity).toMatchObject({ country: 'USA', sector: 'GOV', kind: 'group' });
      expect(byText.get('White House officials')?.identity).toMatchObject({ country: 'USA', sector: 'GOV', kind: 'group' });
    });
  });

  it('capitals and seats stand for their governments: "Caracas said", "Washington"', () => {
    const { doc, byText } = mentions('Caracas said the sanctions imposed by Washington were illegal.');
    check(doc, () => {
      expect(byText.get('Caracas')?.identity).toMatchObject({ country: 'VEN', sector: 'GOV' });
      expect(byText.get('Washington')?.identity).toMatchObject({ country: 'USA', sector: 'GOV' });
    });
  });

  it('demonyms and outlets: "Venezuelan officials", "Reuters" is media', () => {
    const { doc, byText } = mentions('Venezuelan officials spoke to Reuters.');
    check(doc, () => {
      expect(byText.get('Venezuelan officials')?.identity.country).toBe('VEN');
      expect(byText.get('Reuters')?.identity).toMatchObject({ sector: 'MED', kind: 'outlet' });
    });
  });
});

describe('actor mentions: principals ("Sessions spokesperson Matt Mackowiak")', () => {
  const text = 'Rep. Pete Sessions met Maduro. Sessions spokesperson Matt Mackowiak confirmed the call. Mackowiak said more.';

  it('the person before the title is whom the actor speaks for; country and sector follow', () => {
    const { doc, byText } = mentions(text, '2018-10-01');
    check(doc, () => {
      const spokesperson = byText.get('spokesperson Matt Mackowiak');
      expect(spokesperson?.title).toBe('Sessions spokesperson');
      expect(spokesperson?.identity).toMatchObject({ name: 'Matt Mackowiak', country: 'USA', sector: 'LEG', principal: 'Pete Sessions' });
    });
  });

  it('later mentions of the spokesperson know the principal too', () => {
    const { doc, byText } = mentions(text, '2018-10-01');
    check(doc, () => expect(byText.get('Mackowiak')?.identity.principal).toBe('Pete Sessions'));
  });

  it('a possessive principal: "Trump\'s personal attorney Rudy Giuliani"', () => {
    const { doc, byText } = mentions('President Trump’s personal attorney Rudy Giuliani was on the call.', '2019-12-08');
    check(doc, () => expect(byText.get('personal attorney Rudy Giuliani')?.identity.principal).toBe('Donald Trump'));
  });
});

describe('actor mentions in headlines', () => {
  it('title case all through is no evidence of a name: "Pressure Campaign" is nobody (negative)', () => {
    const { doc } = mentions('Trump Reveals Details of Phone Call With Nicolás Maduro: “It’s Not a Pressure Campaign”', '2025-12-01');
    check(doc, () => {
      const names = doc.actorMentions.map((m) => m.identity.name);
      expect(names).toContain('Nicolás Maduro');
      expect(names).toContain('Donald Trump');
      expect(names).not.toContain('Pressure Campaign');
    });
  });

  it('in ordinary sentences an unknown titled name is still a person', () => {
    const { doc } = mentions('Opposition leader Maria Kovalenko called for new elections.');
    check(doc, () => expect(doc.actorMentions.find((m) => m.identity.name === 'Maria Kovalenko')?.identity.sector).toBe('OPP'));
  });
});

describe('lexicon entries with dates and case', () => {
  it('an organisation\'s sector on the event\'s date: the Taliban are rebels in 2010, the government in 2023', () => {
    const sector = (published: string) => extract('The Taliban attacked the army in Kandahar.', published).events[0]?.actor?.sector;
    expect(sector('2010-05-01')).toBe('REB');
    expect(sector('2023-05-01')).toBe('GOV');
  });

  it('a name written with a lower-case particle matches mid-sentence: "the fighters of al-Shabaab"', () => {
    const { doc } = mentions('Troops clashed with fighters of al-Shabaab near Mogadishu.');
    check(doc, () => expect(doc.actorMentions.some((m) => m.identity.name === 'al-Shabaab')).toBe(true));
  });
});
