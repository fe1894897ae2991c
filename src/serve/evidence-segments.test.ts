import { describe, expect, it } from 'vitest';
import { makeEvent } from '../store/fixtures.js';
import { evidenceSegments } from './evidence-segments.js';

const text = 'Intro. Maduro spoke with Petro. Then <script>alert(1)</script> nothing.';
const call = makeEvent({
  id: 'call',
  evidence: { start: 7, end: 31, text: 'Maduro spoke with Petro.' },
  trigger: { start: 14, end: 19, text: 'spoke' },
});

describe('evidenceSegments', () => {
  it('cuts the text at evidence and trigger boundaries and joins back to the text', () => {
    const segments = evidenceSegments(text, [call]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map(({ text: t, evidence, trigger }) => [t, evidence, trigger])).toEqual([
      ['Intro. ', [], []],
      ['Maduro ', ['call'], []],
      ['spoke', ['call'], ['call']],
      [' with Petro.', ['call'], []],
      [' Then <script>alert(1)</script> nothing.', [], []],
    ]);
  });

  it('lists every event covering an overlap, and merges neighbours covered alike', () => {
    const whole = makeEvent({ id: 'whole', evidence: { start: 7, end: 31, text: '' }, trigger: { start: 25, end: 30, text: 'Petro' } });
    const segments = evidenceSegments(text, [call, whole]);
    expect(segments.map(({ text: t, evidence }) => [t, evidence])).toEqual([
      ['Intro. ', []],
      ['Maduro ', ['call', 'whole']],
      ['spoke', ['call', 'whole']],
      [' with ', ['call', 'whole']],
      ['Petro', ['call', 'whole']],
      ['.', ['call', 'whole']],
      [' Then <script>alert(1)</script> nothing.', []],
    ]);
  });

  it('marks the other sentences of an event apart from its evidence', () => {
    const told = makeEvent({ ...call, id: 'told', other_evidence: [{ start: 0, end: 6, text: 'Intro.' }, { start: 37, end: 62, text: '' }] });
    const segments = evidenceSegments(text, [told]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.other_evidence.includes('told')).map((s) => s.text)).toEqual(['Intro.', '<script>alert(1)</script>']);
    expect(segments.filter((s) => s.evidence.includes('told')).map((s) => s.text).join('')).toBe('Maduro spoke with Petro.');
  });

  it('returns the whole text as one segment when there are no events, and clamps stray offsets', () => {
    expect(evidenceSegments(text, [])).toEqual([{ start: 0, end: text.length, text, evidence: [], other_evidence: [], trigger: [] }]);
    const stray = makeEvent({ id: 'stray', evidence: { start: 60, end: 999, text: '' }, trigger: { start: 60, end: 61, text: '' } });
    expect(evidenceSegments(text, [stray]).map((s) => s.text).join('')).toBe(text);
    expect(evidenceSegments('', [])).toEqual([]);
  });
});
