import { describe, expect, it } from 'vitest';
import { defaultAnnalist, extract, withTrace } from '../../test/helpers/article.js';
import { toEventRecords } from './to-records.js';

describe('other_evidence', () => {
  it('holds the sentences of the other mentions of the event, with offsets into the text as given', () => {
    const text = 'Colombia attacked Venezuela on Monday.\n\nThe weather was fine in  Bogotá. Colombia attacked Venezuela again, officials said.';
    const { doc, events } = extract(text, '2024-03-14');
    withTrace(doc, () => {
      const [attack] = events.filter((e) => e.cameo.startsWith('18'));
      expect(attack.evidence.text).toBe('Colombia attacked Venezuela on Monday.');
      expect(attack.other_evidence.map((span) => span.text)).toEqual(['Colombia attacked Venezuela again, officials said.']);
      for (const span of attack.other_evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
    });
  });

  it('never repeats the evidence sentence, and is empty for an event mentioned once', () => {
    const { doc, events } = extract(
      'Colombia attacked Venezuela on Monday, and Colombia attacked Venezuela again on Monday. Colombia criticized Venezuela.', '2024-03-14');
    withTrace(doc, () => {
      expect(events.map((e) => [e.cameo.slice(0, 2), e.other_evidence])).toEqual([['18', []], ['11', []]]);
    });
  });

  it('lists each other sentence once, in text order, whichever mention speaks for the event', () => {
    const text = 'Colombia attacked Venezuela. It rained. Colombia attacked Venezuela. Colombia attacked Venezuela.';
    const { doc } = extract(text, '2024-03-14');
    const [event] = doc.eventMentions;
    const at = (sentence: number) => ({ ...event, sentence, merged: [] });
    doc.eventMentions = [{ ...at(2), merged: [at(3), at(0), at(2), at(3), at(1)] }];
    const { codes, actors } = defaultAnnalist().lexicons;
    const [record] = toEventRecords(doc, codes, actors);
    expect(record.evidence).toEqual({ start: 40, end: 68, text: 'Colombia attacked Venezuela.' });
    expect(record.other_evidence).toEqual([
      { start: 0, end: 28, text: 'Colombia attacked Venezuela.' },
      { start: 29, end: 39, text: 'It rained.' },
      { start: 69, end: 97, text: 'Colombia attacked Venezuela.' },
    ]);
  });
});
