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

    // BUG (src/time/stage.ts): weekdays keep chrono's nearest-day reading; resolveYearsByTense only
    // moves month dates. In a Thursday 2024-03-14 article "met … on Friday" gives 2024-03-15 (the
    // next day) and "will open on Monday" gives 2024-03-11 (three days earlier). Expected 2024-03-08
    // and 2024-03-18.
    it.skip('a weekday follows the tense: "met on Friday" is past, "will open on Monday" is future (bug)', () => {
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

    // BUG (src/time/configuration.ts): chrono's casual parser has no year-only reading, and annalist
    // adds none, so "in 2018" yields no timex and the event falls back to the publication date
    // (src/eval/testdata/mini.gold.jsonl expects 2018 for "visit Caracas in 2018").
    it.skip('reads a bare year: "visited Caracas in 2018" is 2018 (bug: no timex)', () => {
      expectTimex('Pete Sessions visited Caracas in 2018.', '2019-12-08', '2018', '2018');
      expectTimex('In 2018, Sessions visited Caracas.', '2019-12-08', '2018', '2018');
    });
  });

  describe('negatives', () => {
    it('"he may resign" yields no date', () => {
      expectNoTimex('He may resign.', '2019-12-08');
    });

    it('"march" as a verb yields no date', () => {
      expectNoTimex('Protesters march on Caracas every week.', '2019-12-08');
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

    // BUG (src/time/stage.ts): "last September" is not `yearImplied`, so without a publication date
    // it is read against the fallback reference 2000-01-01 and comes out as "1999-09".
    // Expected "XXXX-09" (the year is unknown).
    it.skip('"last September" is "XXXX-09" (bug: 1999-09)', () => {
      expectTimex('Maduro met Petro last September.', null, 'September', 'XXXX-09');
    });
  });

  it('records the sentence of each timex', () => {
    const found = timexes('Maduro spoke on Monday. Petro answered in January.', '2024-03-14');
    expect(found.map((t) => t.sentence)).toEqual([0, 1]);
  });
});
