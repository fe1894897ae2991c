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

describe('actor mentions: nationalities and peoples', () => {
  it('a nationality before a role word: "Israeli jets", "Iraqi police", "Palestinian militants"', () => {
    const { doc, byText } = mentions('Israeli jets struck as Iraqi police and Palestinian militants watched.');
    check(doc, () => {
      expect(byText.get('Israeli jets')?.identity).toMatchObject({ country: 'ISR', sector: 'MIL' });
      expect(byText.get('Iraqi police')?.identity).toMatchObject({ country: 'IRQ', sector: 'COP' });
      expect(byText.get('Palestinian militants')?.identity).toMatchObject({ country: 'PSE', sector: 'REB' });
    });
  });

  it('a nationality before any other noun stands for its country: "an Australian ultimatum"', () => {
    const { doc, byText } = mentions('Serbia rejected an Australian ultimatum.');
    check(doc, () => expect(byText.get('Australian')?.identity).toMatchObject({ name: null, country: 'AUS', kind: 'state' }));
  });

  it('a nationality before a name or a hyphen is no mention of its own: "Indian Ocean", "Saudi-led" (negative)', () => {
    const { doc } = mentions('Warships sailed the Indian Ocean while Israeli-Palestinian talks stalled.');
    check(doc, () => expect(doc.actorMentions.map((m) => doc.tokenText(m.tokenStart, m.tokenEnd))).not.toContain('Indian'));
  });

  it('a region\'s adjective is no nationality: "Latin American leaders" are not American (negative)', () => {
    const { doc } = mentions('Latin American leaders met in Lima.');
    check(doc, () => expect(doc.actorMentions.some((m) => m.identity.country === 'USA')).toBe(false));
  });

  it('a people: "The Palestinians", "Rwandans" (a plural the loader derives), "the French"', () => {
    const { doc, byText } = mentions('The Palestinians and Rwandans met the French.');
    check(doc, () => {
      expect(byText.get('Palestinians')?.identity).toMatchObject({ country: 'PSE', sector: null, kind: 'group' });
      expect(byText.get('Rwandans')?.identity.country).toBe('RWA');
      expect(byText.get('French')?.identity.country).toBe('FRA');
    });
  });

  it('a plural after a nationality is a people, not a surname: "Iraqi Kurds"', () => {
    const { doc, byText } = mentions('Thousands of Iraqi Kurds demonstrated in Kirkuk.');
    check(doc, () => expect(byText.get('Iraqi Kurds')?.identity).toMatchObject({ country: 'IRQ', kind: 'group' }));
  });

  it('coordinated nationalities share the role word: "Hungarian and Romanian officials"', () => {
    const { doc, byText } = mentions('Senior Hungarian and Romanian officials agreed on Wednesday.');
    check(doc, () => {
      expect(byText.get('Hungarian')?.identity).toMatchObject({ country: 'HUN', sector: 'GOV' });
      expect(byText.get('Romanian officials')?.identity).toMatchObject({ country: 'ROU', sector: 'GOV' });
    });
  });

  it('a noun between the nationality and the role word: "French paper workers"', () => {
    const { doc, byText } = mentions('Angry French paper workers blocked the bridge.');
    check(doc, () => expect(byText.get('French paper workers')?.identity).toMatchObject({ country: 'FRA', sector: 'CVL' }));
  });

  it('a group word used as an adjective names no group: "military aid" (negative)', () => {
    const { doc } = mentions('Britain promised to continue military aid to Mozambique.');
    check(doc, () => expect(doc.actorMentions.some((m) => m.identity.sector === 'MIL')).toBe(false));
  });
});

describe('actor mentions: the country a role is held for', () => {
  it('a possessive state: "Poland\'s parliament", "Taiwan\'s Vice Foreign Minister"', () => {
    const { doc, byText } = mentions('Poland\'s parliament thanked Taiwan\'s Vice Foreign Minister.');
    check(doc, () => {
      expect(byText.get('Poland\'s parliament')?.identity).toMatchObject({ country: 'POL', sector: 'LEG' });
      expect(byText.get('Taiwan\'s Vice Foreign Minister')?.identity).toMatchObject({ country: 'TWN', sector: 'GOV' });
    });
  });

  it('a possessive body: "the Palestinian Authority\'s foreign ministry"', () => {
    const { doc, byText } = mentions('The Palestinian Authority\'s foreign ministry welcomed the decision.');
    check(doc, () => expect(byText.get('Palestinian Authority\'s foreign ministry')?.identity).toMatchObject({ country: 'PSE', sector: 'GOV' }));
  });

  it('"the president of Armenia" is Armenian, and no earlier president', () => {
    const { doc } = mentions('Putin offered to negotiate with the president of Armenia.');
    check(doc, () => {
      const president = doc.actorMentions.find((m) => m.title === 'president');
      expect(president?.identity).toMatchObject({ name: null, country: 'ARM', sector: 'GOV' });
    });
  });

  it('a group with no nationality is of where it is: "Security forces in Guinea", "opposition groups in Zimbabwe"', () => {
    const { doc, byText } = mentions('Security forces in Guinea arrested opposition groups in Zimbabwe.');
    check(doc, () => {
      expect(byText.get('Security forces')?.identity).toMatchObject({ country: 'GIN', sector: 'MIL' });
      expect(byText.get('opposition groups')?.identity).toMatchObject({ country: 'ZWE', sector: 'OPP' });
    });
  });
});

describe('actor mentions: places are not people', () => {
  it('a name after "in", "the city of" or a trip "to" is a place: no person "St Petersburg", "Sochi", "Rustaveli Avenue"', () => {
    const { doc } = mentions('Witkoff met Putin in St Petersburg, then made a trip to Sochi and the city of Volnovakha, near Rustaveli Avenue.');
    check(doc, () => {
      const written = doc.actorMentions.map((m) => doc.tokenText(m.tokenStart, m.tokenEnd));
      for (const place of ['St Petersburg', 'Sochi', 'Volnovakha', 'Rustaveli Avenue']) expect(written).not.toContain(place);
    });
  });

  it('a name after "spoke to" or "a letter from" is still a person (negative)', () => {
    const { doc } = mentions('Trump spoke to Maria Kovalenko and read a letter from Ivan Petrenko.');
    check(doc, () => expect(doc.actorMentions.map((m) => m.identity.name)).toEqual(expect.arrayContaining(['Maria Kovalenko', 'Ivan Petrenko'])));
  });

  it('a one-word personal title that ends a name is its surname: "Defence Secretary Tom King"', () => {
    const { doc } = mentions('British Defence Secretary Tom King promised more aid.');
    check(doc, () => expect(doc.actorMentions.find((m) => m.identity.name === 'Tom King')?.identity).toMatchObject({ country: 'GBR', sector: 'GOV' }));
  });

  it('a lexicon name capitalised at its end needs its capital: "Russia today" is no outlet (negative)', () => {
    const { doc } = mentions('The minister visited Russia today.');
    check(doc, () => expect(doc.actorMentions.some((m) => m.identity.kind === 'outlet')).toBe(false));
  });
});
