import { describe, expect, it } from 'vitest';
import type { ParsingContext } from 'chrono-node';
import { createChrono } from '../configuration.js';
import { CHRONO_STARTS } from './chrono-starts.js';

const chrono = createChrono();
/** The same chrono, its parsers searching every offset. */
const everywhere = chrono.clone();
everywhere.parsers = everywhere.parsers.map((parser) => (Object.hasOwn(parser, 'pattern') ? Object.getPrototypeOf(parser) : parser));

const reference = { instant: new Date(Date.UTC(2019, 5, 15, 12)), timezone: 0 };
const read = (parsed: ReturnType<typeof chrono.parse>) => parsed.map((result) => [result.index, result.text, result.start.date().toISOString(), [...result.tags()]]);

describe('chrono parsers with start offsets', () => {
  it('recognise the patterns their offsets were read from (a new chrono version would need them read again)', () => {
    const context = { text: 'on Monday', option: {}, refDate: new Date() } as unknown as ParsingContext;
    const wrapped = chrono.parsers.filter((parser) => Object.hasOwn(parser, 'pattern'));
    expect(wrapped).toHaveLength(Object.keys(CHRONO_STARTS).length + 1);
    for (const parser of wrapped) expect(parser.pattern(context), parser.constructor.name).not.toBeInstanceOf(RegExp);
  });

  it('find what chrono finds searching every offset', () => {
    const texts = [
      'They met on Monday, (Tuesday) and ,Wednesday; onmonday, lastfriday and thisweekend, not Sunday.',
      'Signed on 14 September 2018, the twenty-first of May, 1st May and Sept. 9, 2019; inmay 2019, May2019.',
      'At 10:35 a.m. EST, at10 pm, tat 10pm, from   9 to 5 p.m., T10:30, 2019-05-10T10:30:00Z and 10 people.',
      'Published 5/2019 and 12/06/2019, 2019/05/10, the 2019 May meeting, last March and this past June.',
      'ſeptember 5 and Sunday: a text with a long s is searched everywhere.',
    ];
    for (const text of texts) {
      expect(read(chrono.parse(text, reference)), text).toEqual(read(everywhere.parse(text, reference)));
      expect(read(chrono.parse(text.toUpperCase(), reference))).toEqual(read(everywhere.parse(text.toUpperCase(), reference)));
    }
  });
});
