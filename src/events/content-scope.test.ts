import { describe, expect, it } from 'vitest';
import { extract, withTrace } from '../../test/helpers/article.js';

/** Coded events as "CODE actor → recipient", and skipped matches as "CODE: reason". */
function coded(text: string) {
  const { doc, events } = extract(text, '2024-03-14');
  return {
    doc,
    events: events.map((e) => `${e.cameo} ${e.actor?.text ?? '—'} → ${e.recipient?.text ?? '—'}`),
    skipped: doc.eventDecisions.filter((d) => d.outcome === 'skipped').map((d) => `${d.cameo}: ${d.reason}`),
  };
}

describe('what a governing trigger is about (its content in the parse)', () => {
  it('"condemned Iraq for invading Kuwait" is one condemnation, the invasion its content', () => {
    const { doc, events, skipped } = coded('Iran condemned Iraq for invading Kuwait.');
    withTrace(doc, () => {
      expect(events).toEqual(['111 Iran → Iraq']);
      expect(skipped.some((s) => s.startsWith('19') && s.includes('what “condemned” is about'))).toBe(true);
    });
  });

  it('a conjoined verb, or a time clause, is no content: "accused Iraq and attacked Kuwait", "after Iraq attacked Kuwait" (negative)', () => {
    const conjoined = coded('Iran accused Iraq and attacked Kuwait.');
    withTrace(conjoined.doc, () => expect(conjoined.events.some((e) => e.startsWith('180 Iran'))).toBe(true));
    const after = coded('Iran accused Iraq after Iraq attacked Kuwait.');
    withTrace(after.doc, () => expect(after.events.some((e) => e.startsWith('180 Iraq'))).toBe(true));
  });

  it('a participle describing a noun is no act the sentence tells: "Iran welcomed the detained journalists"', () => {
    const { doc, events, skipped } = coded('Iran welcomed the detained journalists.');
    withTrace(doc, () => {
      expect(events.filter((e) => e.startsWith('17'))).toEqual([]);
      expect(skipped.some((s) => s.startsWith('17') && s.includes('amod'))).toBe(true);
    });
  });
});
