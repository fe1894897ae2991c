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

describe('patternParser with word cues', () => {
  const source = '(?:(last|this|the)\\s+)?(monday|tuesday)(?:s|\\s+(morning|night)s)?';
  const extract = (_context: TimexContext, match: RegExpExecArray) => (match[1]?.toLowerCase() === 'the' ? null : { type: 'DATE' as const, value: match[0].toLowerCase() });
  const everywhere = patternParser('days', source, extract);
  const cued = patternParser('days', source, extract, { starts: ['last', 'this', 'the', 'monday', 'tuesday', 'mondays', 'tuesdays'] });

  it('finds what the pattern finds searching every offset, declined matches included', () => {
    const text = 'Last Monday, the Tuesday nights and this tuesday; Mondays. The monday, monday2 and xmonday, THIS MONDAY.';
    expect(cued.find(context(text))).toEqual(everywhere.find(context(text)));
    expect(cued.find(context(text)).map((found) => found.value)).toEqual(['last monday', 'tuesday nights', 'this tuesday', 'mondays', 'monday', 'this monday']);
  });

  it('searches every offset of a text that has no word index', () => {
    const text = 'ſ Monday and last Tuesday';
    expect(cued.find(context(text))).toEqual(everywhere.find(context(text)));
    expect(cued.find(context(text))).toHaveLength(2);
  });
});
