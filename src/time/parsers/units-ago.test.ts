import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('unitsAgoParser', () => {
  it('counts back from the publication date at the precision of the unit', () => {
    expect(timexTriples('He left two years ago.', '1998-03-22')).toEqual([['two years ago', 'DATE', '1996']]);
    expect(timexTriples('He left three months ago.', '1998-03-22')).toEqual([['three months ago', 'DATE', '1997-12']]);
    expect(timexTriples('He left 10 days ago.', '1998-03-22')).toEqual([['10 days ago', 'DATE', '1998-03-12']]);
    expect(timexTriples('He left six weeks ago.', '1998-03-22')).toEqual([['six weeks ago', 'DATE', '1998-W06']]);
    expect(timexTriples('Profit was lower a year earlier.', '1998-03-22')).toEqual([['a year earlier', 'DATE', '1997']]);
    expect(timexTriples('Elections are two years from now.', '1998-03-22')).toEqual([['two years from now', 'DATE', '2000']]);
  });

  it('takes a qualifier in: "almost four years ago"', () => {
    expect(timexTriples('The war ended almost four years ago.', '1999-03-12')).toEqual([['almost four years ago', 'DATE', '1995']]);
  });

  it('counts "two years ago" from the quarter the story reports, but not "four years ago"', () => {
    expect(timexTriples('Profit rose in the third quarter. Two years ago it fell. Four years ago it rose.', '1989-10-26'))
      .toEqual([['the third quarter', 'DATE', '1989-Q3'], ['Two years ago', 'DATE', '1987-Q3'], ['Four years ago', 'DATE', '1985']]);
  });

  it('reads vague counts as past or future only', () => {
    expect(timexTriples('He left a few years ago.', '1998-03-22')).toEqual([['a few years ago', 'DATE', 'PAST_REF']]);
  });

  it('leaves "three days later" to the durations: it counts from an event, not from publication (negative)', () => {
    expect(timexTriples('Three days later he resigned.', '1998-03-22')).toEqual([['Three days', 'DURATION', 'P3D']]);
  });
});
