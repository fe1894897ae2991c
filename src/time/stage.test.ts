import { describe, expect, it } from 'vitest';
import type { Timex } from '../doc/layers.js';
import { runUpTo, withTrace } from '../../test/helpers/article.js';
import { createTimeStage } from './stage.js';

/** Clean, nlp and time on `text`, published on `published` (always passed explicitly). */
function timexes(text: string, published: string | null): Timex[] {
  const doc = runUpTo('time', text, published);
  // Every timex's text is the clean-text slice at its offsets.
  for (const timex of doc.timexes) expect(doc.cleanText.slice(timex.cleanStart, timex.cleanEnd)).toBe(timex.text);
  return doc.timexes;
}

/** The value of the one timex whose text contains `words`. */
function expectTimex(text: string, published: string | null, words: string, value: string): Timex {
  const doc = runUpTo('time', text, published);
  return withTrace(doc, () => {
    const found = doc.timexes.filter((timex) => timex.text.includes(words));
    expect(found, `one timex containing "${words}"`).toHaveLength(1);
    expect(found[0].value).toBe(value);
    expect(doc.cleanText.slice(found[0].cleanStart, found[0].cleanEnd)).toBe(found[0].text);
    return found[0];
  });
}

function expectNoTimex(text: string, published: string | null): void {
  const doc = runUpTo('time', text, published);
  withTrace(doc, () => expect(doc.timexes).toEqual([]));
}

describe('time stage', () => {
  it('declares itself', () => {
    expect(createTimeStage()).toMatchObject({ name: 'time', requires: ['tokens', 'sentences'], provides: ['timexes'] });
  });

  describe('"last <month>"', () => {
    it('is the most recent such month before the publication month', () => {
      const timex = expectTimex('Rudy Giuliani was on a phone call with Venezuelan President Nicolás Maduro last September.', '2019-12-08', 'September', '2019-09');
      expect(timex.text).toBe('last September');
      expect(timex.rule).toBe('annalist/last-month-name');
      expectTimex('They met last March.', '2019-12-08', 'March', '2019-03');
    });

    it('is the year before when the article is published in that month', () => {
      expectTimex('Giuliani called Maduro last September.', '2019-09-15', 'September', '2018-09');
    });

    it('takes the year of an explicit "September 2018" elsewhere in the same article', () => {
      const found = timexes('Giuliani spoke with Maduro last September. The call, in September 2018, was brief.', '2019-12-08');
      expect(found.map((t) => [t.text, t.value])).toEqual([['last September', '2018-09'], ['September 2018', '2018-09']]);
    });

    it('keeps its own year when the explicit year is too far away or ambiguous (negatives)', () => {
      expectTimex('They met last September. In September 2017 they had quarreled.', '2019-12-08', 'last September', '2019-09');
      expectTimex('They met last September. They met in September 2018 and in September 2019.', '2019-12-08', 'last September', '2019-09');
    });
  });

  describe('a month or day without a year, by tense', () => {
    it('"In January, the U.S. recognized …" in a December 2019 article is 2019-01, not 2020-01', () => {
      expectTimex('In January, the U.S. recognized Juan Guaidó as president of Venezuela.', '2019-12-08', 'January', '2019-01');
    });

    it('a past month equal to the publication month stays in that year', () => {
      expectTimex('In January, the U.S. recognized Juan Guaidó as president of Venezuela.', '2019-01-20', 'January', '2019-01');
    });

    it('"will meet in January" in a December 2019 article is 2020-01', () => {
      expectTimex('The two leaders will meet in January.', '2019-12-08', 'January', '2020-01');
    });

    it('"held on November 21" in a 2025-12-01 article is 2025-11-21', () => {
      const timex = expectTimex('The meeting was held on November 21 in Caracas.', '2025-12-01', 'November', '2025-11-21');
      expect(timex.text).toBe('November 21');
    });

    it('"will meet on November 21" in a 2025-12-01 article is 2026-11-21', () => {
      expectTimex('The leaders will meet on November 21.', '2025-12-01', 'November', '2026-11-21');
    });

    it('a past month later in the year than publication is last year ("resumed in September" in March 2019)', () => {
      expectTimex('Talks resumed in September, officials said.', '2019-03-08', 'September', '2018-09');
    });

    it('trims the trailing comma from "September,"', () => {
      const timex = expectTimex('Talks resumed in September, officials said.', '2019-12-08', 'September', '2019-09');
      expect(timex.text).toBe('September');
    });
  });

  describe('weekdays and relative dates', () => {
    it('"on Monday" in a Thursday 2024-03-14 article is that week\'s Monday', () => {
      expectTimex('The United States imposed sanctions on Iran on Monday.', '2024-03-14', 'Monday', '2024-03-11');
    });

    it('a weekday follows the tense: "met on Friday" is past, "will open on Monday" is future', () => {
      expectTimex('Venezuela met Colombia on Friday.', '2024-03-14', 'Friday', '2024-03-08');
      expectTimex('The summit will open on Monday.', '2024-03-14', 'Monday', '2024-03-18');
    });

    it('"last year\'s elections" in a 2019 article is 2018', () => {
      expectTimex('Observers criticized last year\'s elections.', '2019-12-08', 'last year', '2018');
    });
  });

  describe('explicit dates', () => {
    it('keeps a stated year: "May 2018" (capitalised May is a month)', () => {
      expectTimex('Maduro won reelection in May 2018.', '2019-12-08', 'May', '2018-05');
    });

    it('reads a bare year: "visited Caracas in 2018" is 2018', () => {
      expectTimex('Pete Sessions visited Caracas in 2018.', '2019-12-08', '2018', '2018');
      expectTimex('In 2018, Sessions visited Caracas.', '2019-12-08', '2018', '2018');
    });
  });

  describe('negatives', () => {
    it('"he may resign" yields no date', () => {
      expectNoTimex('He may resign.', '2019-12-08');
    });

    it('"march" as a verb yields no date', () => {
      expectNoTimex('Protesters march on Caracas.', '2019-12-08');
    });

    it('text without time words yields no date', () => {
      expectNoTimex('Venezuela accused Colombia of harbouring rebels.', '2019-12-08');
    });
  });

  describe('without a publication date', () => {
    it('a month without a year is "XXXX-09"', () => {
      expectTimex('Talks began in September.', null, 'September', 'XXXX-09');
    });

    it('a day without a year is "XXXX-11-21"', () => {
      expectTimex('The talks were held on November 21.', null, 'November', 'XXXX-11-21');
    });

    it('a stated year is kept', () => {
      expectTimex('Talks were held in September 2018.', null, 'September', '2018-09');
    });

    it('"last September" is "XXXX-09"', () => {
      expectTimex('Maduro met Petro last September.', null, 'September', 'XXXX-09');
    });
  });

  describe('TIMEX3 types', () => {
    it('writes dates, times, durations, sets and references as TempEval-3 does', () => {
      const found = timexes('Sessions visited Caracas in 2018 for two days, at 3 p.m. on Sept. 14. He now travels there weekly.', '2019-12-08');
      expect(found.map((t) => [t.text, t.type, t.value])).toEqual([
        ['2018', 'DATE', '2018'], ['two days', 'DURATION', 'P2D'], ['3 p.m.', 'TIME', '2019-09-14T15:00'], ['Sept. 14', 'DATE', '2019-09-14'], ['now', 'DATE', 'PRESENT_REF'], ['weekly', 'SET', 'P1W'],
      ]);
    });

    it('"the September 2 incident" in a December article is the past September 2', () => {
      expectTimex('Trump said all video of the September 2 incident would be released.', '2025-12-01', 'September 2', '2025-09-02');
    });
  });

  it('records the sentence of each timex', () => {
    const found = timexes('Maduro spoke on Monday. Petro answered in January.', '2024-03-14');
    expect(found.map((t) => t.sentence)).toEqual([0, 1]);
  });
});
