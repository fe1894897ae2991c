import { describe, expect, it } from 'vitest';
import type { AttributionFrame } from '../doc/layers.js';
import { runUpTo, withTrace } from '../../test/helpers/article.js';
import { createAttributionStage } from './stage.js';

/** The reporting frame of each sentence of `text`. */
function frames(text: string): AttributionFrame[] {
  const doc = runUpTo('attribution', text, '2024-03-14');
  return withTrace(doc, () => {
    expect(doc.attributions).toHaveLength(doc.sentences.length);
    return doc.attributions;
  });
}

describe('attribution stage', () => {
  it('declares itself', () => {
    expect(createAttributionStage()).toMatchObject({ name: 'attribution', requires: ['tokens', 'sentences', 'actors'], provides: ['attributions'] });
  });

  it('a plain statement is asserted, with no speaker and no cue', () => {
    const [frame] = frames('Colombia attacked Venezuela.');
    expect(frame.status).toBe('asserted');
    expect(frame.attribution).toEqual({ speaker: null, outlets: [], cue: null });
    expect(frame.quoteSpeaker).toBeNull();
  });

  it('"reportedly" makes the sentence reported, with the word as its cue', () => {
    const [frame] = frames('Colombia reportedly attacked Venezuela.');
    expect(frame.status).toBe('reported');
    expect(frame.attribution.cue).toBe('reportedly');
  });

  it('"according to" makes the sentence reported', () => {
    const [frame] = frames('According to Reuters, Colombia attacked Venezuela.');
    expect(frame.status).toBe('reported');
    expect(frame.attribution.cue).toBe('according to');
  });

  it('"X told … that" names X as the speaker; a named speaker keeps the sentence asserted', () => {
    const [frame] = frames('Gustavo Petro told reporters that Colombia attacked Venezuela.');
    expect(frame.status).toBe('asserted');
    expect(frame.attribution.speaker).toBe('Gustavo Petro');
    expect(frame.attribution.cue).toBe('told');
  });

  it('a quoted sentence is spoken by the person named after it', () => {
    const [frame] = frames('“We will never negotiate with Colombia,” Nicolás Maduro said.');
    expect(frame.attribution.cue).toBe('quote');
    expect(frame.attribution.speaker).toBe('Nicolás Maduro');
    expect(frame.quoteSpeaker).not.toBeNull();
  });

  it('a quote after "X said:" is spoken by X', () => {
    const [frame] = frames('Nicolás Maduro said: “Colombia sends us drugs.”');
    expect(frame.attribution.cue).toBe('quote');
    expect(frame.attribution.speaker).toBe('Nicolás Maduro');
  });

  it('frames each sentence on its own: a cue in one sentence does not reach the next (negative)', () => {
    const [first, second] = frames('Colombia reportedly attacked Venezuela. Iran praised Venezuela.');
    expect(first.status).toBe('reported');
    expect(second.status).toBe('asserted');
    expect(second.attribution.cue).toBeNull();
  });

  it('covers the sentence, or the quote, as the reported content', () => {
    const doc = runUpTo('attribution', 'Colombia attacked Venezuela. Iran praised Venezuela.', '2024-03-14');
    doc.attributions.forEach((frame, index) => {
      expect(frame.sentence).toBe(index);
      expect(frame.contentStart).toBe(doc.sentences[index].cleanStart);
      expect(frame.contentEnd).toBe(doc.sentences[index].cleanEnd);
    });
  });
});
