import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('extendModifiers', () => {
  it('takes "early", "late", "mid-" and "the end of" into dates', () => {
    expect(timexTriples('Elections are due early next year.', '1989-10-26')).toEqual([['early next year', 'DATE', '1990']]);
    expect(timexTriples('The talks collapsed in late November.', '2000-04-05')).toEqual([['late November', 'DATE', '1999-11']]);
    expect(timexTriples('Growth slowed in mid-1990.', '1991-02-25')).toEqual([['mid-1990', 'DATE', '1990']]);
    expect(timexTriples('Troops leave by the end of 1989.', '1989-10-26')).toEqual([['the end of 1989', 'DATE', '1989']]);
  });

  it('takes "nearly", "at least", "more than" into lengths', () => {
    expect(timexTriples('The strike lasted more than four hours.', '1998-02-27')).toEqual([['more than four hours', 'DURATION', 'PT4H']]);
  });

  it('leaves a day and a preposition out (negatives)', () => {
    expect(timexTriples('Earlier Friday, rebels fired on the town.', '2000-01-07')).toEqual([['Friday', 'DATE', '2000-01-07']]);
    expect(timexTriples('Prices fell over three years.', '2000-01-07')).toEqual([['three years', 'DURATION', 'P3Y']]);
  });
});
