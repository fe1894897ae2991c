import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('monthRelativeYearParser', () => {
  it('reads a month with a relative year', () => {
    expect(timexTriples('Talks began in January this year.', '1998-02-19')).toEqual([['January this year', 'DATE', '1998-01']]);
    expect(timexTriples('Talks began in June last year.', '1998-02-19')).toEqual([['June last year', 'DATE', '1997-06']]);
    expect(timexTriples('The vote is due this September.', '1998-02-05')).toEqual([['this September', 'DATE', '1998-09']]);
    expect(timexTriples('The vote is due next March.', '1998-03-05')).toEqual([['next March', 'DATE', '1999-03']]);
  });

  it('leaves the verbs alone (negative)', () => {
    expect(timexTriples('This may help, and they march next week.', '1998-03-05')).toEqual([['next week', 'DATE', '1998-W11']]);
  });
});
