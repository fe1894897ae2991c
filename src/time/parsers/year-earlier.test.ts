import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('yearEarlierParser', () => {
  it('is the year before publication without a quarter in the story', () => {
    expect(timexTriples('Sales beat year-earlier levels.', '1998-02-06')).toEqual([['year-earlier', 'DATE', '1997']]);
  });

  it('is a year before the quarter the story reports', () => {
    expect(timexTriples('Net income rose in the third quarter from $5 million a year earlier, topping year-earlier forecasts.', '1989-10-26'))
      .toEqual([['the third quarter', 'DATE', '1989-Q3'], ['a year earlier', 'DATE', '1988-Q3'], ['year-earlier', 'DATE', '1988-Q3']]);
  });
});
