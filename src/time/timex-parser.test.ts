import { describe, expect, it } from 'vitest';
import { patternParser, triggeredBy, type TimexContext } from './timex-parser.js';

const context = (text: string): TimexContext => ({ text, anchor: null, tenseAt: () => 'unknown' });

describe('triggeredBy', () => {
  const weekend = patternParser('weekend', '(?:the|this)\\s+weekend', () => ({ type: 'DATE', value: 'XXXX-WXX-WE' }));
  const triggered = triggeredBy(/weekend/iu, weekend);

  it('finds what its parser finds on a text with the trigger, under the same name', () => {
    const text = 'They met this Weekend and again the weekend after.';
    expect(triggered.find(context(text))).toEqual(weekend.find(context(text)));
    expect(triggered.find(context(text))).toHaveLength(2);
    expect(triggered.name).toBe('weekend');
  });

  it('does not run its parser on a text without the trigger', () => {
    let ran = false;
    const spy = triggeredBy(/weekend/iu, { name: 'spy', find: () => { ran = true; return []; } });
    expect(spy.find(context('They met on Monday.'))).toEqual([]);
    expect(ran).toBe(false);
  });
});
