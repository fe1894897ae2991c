import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

// 2024-03-14 is a Thursday.
describe('chronoCalendarParser', () => {
  it('keeps explicit dates as written', () => {
    expect(timexTriples('The accord was signed on Sept. 14, 2018.', '2019-12-08')).toEqual([['Sept. 14, 2018', 'DATE', '2018-09-14']]);
    expect(timexTriples('The accord was signed on 2018-09-14.', '2019-12-08')).toEqual([['2018-09-14', 'DATE', '2018-09-14']]);
    expect(timexTriples('Maduro won reelection in May 2018.', '2019-12-08')).toEqual([['May 2018', 'DATE', '2018-05']]);
  });

  it('reads a weekday by tense: "met on Friday" the Friday before, "will meet on Friday" the one after', () => {
    expect(timexTriples('Venezuela met Colombia on Friday.', '2024-03-14')).toEqual([['Friday', 'DATE', '2024-03-08']]);
    expect(timexTriples('The summit will open on Monday.', '2024-03-14')).toEqual([['Monday', 'DATE', '2024-03-18']]);
    expect(timexTriples('The summit could open as early as Monday.', '2024-03-14')).toEqual([['Monday', 'DATE', '2024-03-18']]);
    expect(timexTriples('The minister resigned on Thursday.', '2024-03-14')).toEqual([['Thursday', 'DATE', '2024-03-14']]);
  });

  it('reads "last Friday" before the publication day and "this Friday" in its week', () => {
    expect(timexTriples('They met last Thursday.', '2024-03-14')).toEqual([['last Thursday', 'DATE', '2024-03-07']]);
    expect(timexTriples('They meet this Saturday.', '2024-03-14')).toEqual([['this Saturday', 'DATE', '2024-03-16']]);
  });

  it('reads a month and day by tense, with the publication year when near', () => {
    expect(timexTriples('The meeting was held on November 21 in Caracas.', '2025-12-01')).toEqual([['November 21', 'DATE', '2025-11-21']]);
    expect(timexTriples('The leaders will meet on November 21.', '2025-12-01')).toEqual([['November 21', 'DATE', '2026-11-21']]);
    // The past tense is the report's; a date two weeks ahead is still this year's.
    expect(timexTriples('The company said the dividend is payable Nov. 16.', '1989-11-02')).toEqual([['Nov. 16', 'DATE', '1989-11-16']]);
  });

  it('writes clock times as TIME values on their day', () => {
    expect(timexTriples('The polls closed at 10:35 a.m.', '1998-08-08')).toEqual([['10:35 a.m.', 'TIME', '1998-08-08T10:35']]);
    expect(timexTriples('Bids are due by 5 p.m. EST Nov. 9.', '1989-11-02')).toEqual([['5 p.m. EST Nov. 9', 'TIME', '1989-11-09T17:00']]);
  });

  it('without a publication date writes the unknown year as XXXX', () => {
    expect(timexTriples('The talks were held on November 21.', null)).toEqual([['November 21', 'DATE', 'XXXX-11-21']]);
    expect(timexTriples('They met on Friday.', null)).toEqual([['Friday', 'DATE', 'XXXX-WXX-5']]);
  });

  it('does not read numbers, fractions and verbs as dates (negatives)', () => {
    expect(timexTriples('Turnout rose from 8 to 10 points, a 1/2 point gain.', '2019-12-08')).toEqual([]);
    expect(timexTriples('He may resign if they march.', '2019-12-08')).toEqual([]);
    expect(timexTriples('The Sun reported the story.', '2019-12-08')).toEqual([]);
  });
});
