import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('decadeParser and centuryParser', () => {
  it('writes a decade as its first three digits', () => {
    expect(timexTriples('The economy boomed in the 1990s.', '2019-12-08')).toEqual([['the 1990s', 'DATE', '199']]);
    expect(timexTriples('Inflation peaked in the late 1970s.', '2019-12-08')).toEqual([['the late 1970s', 'DATE', '197']]);
  });

  it('reads an abbreviated decade in the publication\'s century, never after it', () => {
    expect(timexTriples('It recalls the \'80s.', '1998-03-03')).toEqual([["the '80s", 'DATE', '198']]);
    expect(timexTriples('It recalls the \'90s.', '2019-12-08')).toEqual([["the '90s", 'DATE', '199']]);
  });

  it('writes a century as its first two digits', () => {
    expect(timexTriples('Borders were drawn in the 20th century.', '2019-12-08')).toEqual([['the 20th century', 'DATE', '19']]);
    expect(timexTriples('A fortress from the eleventh century stands there.', '2019-12-08')).toEqual([['the eleventh century', 'DATE', '10']]);
  });

  it('does not read a number with an s as a decade (negative)', () => {
    expect(timexTriples('Rows of 1,500s lined the shelf.', '2019-12-08')).toEqual([]);
  });
});
