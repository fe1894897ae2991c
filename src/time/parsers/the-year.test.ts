import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('theYearParser and yearEndParser', () => {
  it('reads "the year" and "the fiscal year" as the publication year', () => {
    expect(timexTriples('Sales for the year will rise.', '1989-11-02')).toEqual([['the year', 'DATE', '1989']]);
    expect(timexTriples('Profit in the current fiscal year fell.', '1989-11-02')).toEqual([['the current fiscal year', 'DATE', '1989']]);
    expect(timexTriples('Results for the latest fiscal year were weak.', '1989-11-02')).toEqual([['the latest fiscal year', 'DATE', '1988']]);
  });

  it('reads "the year ended Sept. 30" as a year-long stretch', () => {
    expect(timexTriples('Net income for the year ended Sept. 30 rose.', '1989-11-02')).toEqual([['the year', 'DURATION', 'P1Y'], ['Sept. 30', 'DATE', '1989-09-30']]);
  });

  it('reads "year-end" and "the end of the year"', () => {
    expect(timexTriples('A deal is expected by year-end.', '1989-11-02')).toEqual([['year-end', 'DATE', '1989']]);
  });

  it('leaves "the same year" to the narrative (negative)', () => {
    expect(timexTriples('He died the same year.', '1989-11-02')).toEqual([]);
  });
});
