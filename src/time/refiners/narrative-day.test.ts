import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

// 1998-08-08 is a Saturday.
describe('narrativeDay', () => {
  it('gives a clock time the day the story last named', () => {
    expect(timexTriples('The blasts struck on Friday. The first went off at 10:35 a.m. near the embassy.', '1998-08-08'))
      .toEqual([['Friday', 'DATE', '1998-08-07'], ['10:35 a.m.', 'TIME', '1998-08-07T10:35']]);
  });

  it('keeps the publication day when no day was named before (negative)', () => {
    expect(timexTriples('The first blast went off at 10:35 a.m. on the coast. Rescue teams came Friday.', '1998-08-08'))
      .toEqual([['10:35 a.m.', 'TIME', '1998-08-08T10:35'], ['Friday', 'DATE', '1998-08-07']]);
  });
});
