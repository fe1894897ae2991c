import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('holidayParser', () => {
  it('computes the day of fixed and moving holidays', () => {
    expect(timexTriples('The boy arrived on Thanksgiving Day.', '2000-01-07')).toEqual([['Thanksgiving Day', 'DATE', '1999-11-25']]);
    expect(timexTriples('The ceasefire held over Christmas.', '2019-12-28')).toEqual([['Christmas', 'DATE', '2019-12-25']]);
    expect(timexTriples('Voters go to the polls on Election Day.', '1998-10-26')).toEqual([['Election Day', 'DATE', '1998-11-03']]);
    expect(timexTriples('Pilgrims gathered for Easter 2019.', '2019-12-08')).toEqual([['Easter 2019', 'DATE', '2019-04-21']]);
  });

  it('reads nothing without a publication date or a year (negative)', () => {
    expect(timexTriples('They met on Christmas.', null)).toEqual([]);
  });
});
