import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('casual days and parts of days', () => {
  it('names days from the publication date', () => {
    expect(timexTriples('The minister resigned yesterday.', '2019-12-08')).toEqual([['yesterday', 'DATE', '2019-12-07']]);
    expect(timexTriples('The vote is today.', '2019-12-08')).toEqual([['today', 'DATE', '2019-12-08']]);
    expect(timexTriples('The vote is tomorrow.', '2019-12-31')).toEqual([['tomorrow', 'DATE', '2020-01-01']]);
  });

  it('writes parts of the day as TIME values (TMO, TAF, TEV, TNI)', () => {
    expect(timexTriples('Shelling resumed this morning.', '2019-12-08')).toEqual([['this morning', 'TIME', '2019-12-08TMO']]);
    expect(timexTriples('Shelling resumed last night.', '2019-12-08')).toEqual([['last night', 'TIME', '2019-12-07TNI']]);
    expect(timexTriples('He will speak tonight.', '2019-12-08')).toEqual([['tonight', 'TIME', '2019-12-08TNI']]);
    expect(timexTriples('They met yesterday afternoon.', '2019-12-08')).toEqual([['yesterday afternoon', 'TIME', '2019-12-07TAF']]);
  });

  it('without a publication date has unknown digits', () => {
    expect(timexTriples('The minister resigned yesterday.', null)).toEqual([['yesterday', 'DATE', 'XXXX-XX-XX']]);
  });

  it('does not read "todays" or "Tomorrowland" (negatives)', () => {
    expect(timexTriples('They visited Tomorrowland.', '2019-12-08')).toEqual([]);
  });
});
