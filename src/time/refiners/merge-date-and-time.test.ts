import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

// 1998-02-13 is a Friday.
describe('mergeDateAndTime', () => {
  it('joins a clock time to the day next to it', () => {
    expect(timexTriples('The ceasefire began at noon Thursday.', '1998-02-13')).toEqual([['noon Thursday', 'TIME', '1998-02-12T12:00']]);
    expect(timexTriples('The ceasefire began at 10 p.m. Wednesday.', '1998-02-13')).toEqual([['10 p.m. Wednesday', 'TIME', '1998-02-11T22:00']]);
  });

  it('joins a part of the day to its weekday', () => {
    expect(timexTriples('Troops withdrew Thursday evening.', '1998-02-13')).toEqual([['Thursday evening', 'TIME', '1998-02-12TEV']]);
  });

  it('gives a time its day without joining across "at"', () => {
    expect(timexTriples('They met Thursday at 4 p.m.', '1998-02-13')).toEqual([['Thursday', 'DATE', '1998-02-12'], ['4 p.m.', 'TIME', '1998-02-12T16:00']]);
  });

  it('keeps expressions apart across a comma (negative)', () => {
    expect(timexTriples('They met Thursday, and again on Jan. 6.', '1998-02-13')).toEqual([['Thursday', 'DATE', '1998-02-12'], ['Jan. 6', 'DATE', '1998-01-06']]);
  });
});
