import { describe, expect, it } from 'vitest';
import { codePointOffsets, parseBrat } from './brat.js';

const TEXT = 'The Post reports that the call took place. “It was short,” a source said.';

describe('parseBrat', () => {
  it('reads cue, source and content of each attribution relation', () => {
    const ann = [
      'T1\tSource 0 8\tThe Post',
      'T2\tCue 9 16\treports',
      'T3\tContent 17 41\tthat the call took place',
      'T4\tAttribution 9 16\treports',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    ].join('\n');
    expect(parseBrat(ann, TEXT, 'a.ann')).toEqual([{ source: [[0, 8]], cue: [[9, 16]], content: [[17, 41]] }]);
  });

  it('keeps a discontinuous span as fragments and tolerates a span text with a line break', () => {
    const ann = 'T1\tContent 0 8;17 41\tThe Post\nthat the call took place\nT2\tCue 9 16\treports\nE1\tAttribution-no-source:T2 Content:T1 Cue:T2';
    expect(parseBrat(ann, TEXT, 'a.ann')).toEqual([{ source: null, cue: [[9, 16]], content: [[0, 8], [17, 41]] }]);
  });

  it('converts code-point offsets to JavaScript string offsets after an astral character', () => {
    const text = '🇺🇸 Trump said no.';
    // Two flag code points (four UTF-16 units), a space: "Trump" starts at code point 3, unit 5.
    const ann = 'T1\tSource 3 8\tTrump\nT2\tCue 9 13\tsaid\nT3\tContent 14 16\tno\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1';
    const [attribution] = parseBrat(ann, text, 'a.ann');
    expect(text.slice(...attribution.source![0])).toBe('Trump');
    expect(text.slice(...attribution.cue![0])).toBe('said');
    expect(codePointOffsets(text)(3)).toBe(5);
  });

  it('names the file and line of a relation to an undefined span', () => {
    expect(() => parseBrat('T1\tCue 0 3\tThe\nE1\tAttribution:T1 Cue:T1 Source:T9', TEXT, 'a.ann')).toThrow(/a\.ann:2: relation refers to T9/);
  });

  it('rejects a malformed span and one outside the text', () => {
    expect(() => parseBrat('T1\tCue zero 3\tThe', TEXT, 'a.ann')).toThrow(/a\.ann:1: malformed span/);
    expect(() => parseBrat('T1\tCue 0 999\tThe', TEXT, 'a.ann')).toThrow(/a\.ann:1: offset 999 is outside the text/);
  });
});
