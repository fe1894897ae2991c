import { describe, expect, it } from 'vitest';
import { timexTriples } from '../../../test/helpers/timex.js';

describe('seasonParser', () => {
  it('places seasons relative to the publication date', () => {
    expect(timexTriples('He was killed last fall.', '1999-04-10')).toEqual([['last fall', 'DATE', '1998-FA']]);
    expect(timexTriples('Talks resume this summer.', '1998-02-06')).toEqual([['this summer', 'DATE', '1998-SU']]);
    expect(timexTriples('The offensive began in the spring of 1998.', '1999-04-10')).toEqual([['the spring of 1998', 'DATE', '1998-SP']]);
  });

  it('does not read verbs or other nouns as seasons (negatives)', () => {
    expect(timexTriples('Prices fall when supply grows.', '1999-04-10')).toEqual([]);
    expect(timexTriples('He recalled the fall of the Berlin Wall.', '1999-04-10')).toEqual([]);
  });
});
