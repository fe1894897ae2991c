import { describe, expect, it } from 'vitest';
import type { Timex } from '../doc/layers.js';
import { eventDates } from './event-dates.js';

const timex = (type: Timex['type'], value: string): Timex => ({ cleanStart: 0, cleanEnd: 1, text: 'x', type, value, sentence: 0, rule: 'test' });

describe('eventDates', () => {
  it('keeps calendar dates and gives a clock time its day', () => {
    const layer = [timex('DATE', '2018'), timex('DATE', '2018-09'), timex('TIME', '2018-09-14T15:00'), timex('TIME', '2018-09-14TNI')];
    expect(eventDates(layer).map((t) => t.value)).toEqual(['2018', '2018-09', '2018-09-14', '2018-09-14']);
  });

  it('leaves out lengths, sets, references, weeks, quarters and unknown years (negatives)', () => {
    const layer = [timex('DURATION', 'PT15M'), timex('SET', 'P1W'), timex('DATE', 'PRESENT_REF'), timex('DATE', '1998-W08'), timex('DATE', '1989-Q3'), timex('DATE', 'XXXX-09')];
    expect(eventDates(layer)).toEqual([]);
  });

  it('gives the same objects for the same layer, so that identity comparisons hold', () => {
    const layer = [timex('DATE', '2018')];
    expect(eventDates(layer)).toBe(eventDates(layer));
    expect(eventDates(layer)[0]).toBe(layer[0]);
  });
});
