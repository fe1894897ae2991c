import { describe, expect, it } from 'vitest';
import { runUpTo, withTrace } from '../../test/helpers/article.js';
import { toAttributionRecords } from './to-records.js';

describe('toAttributionRecords', () => {
  it('gives cue, source and content as offsets into the text as given, around what cleaning removed', () => {
    const text = 'Advertisement\n\nNicolás Maduro told reporters that Colombia attacked Venezuela.';
    const doc = runUpTo('attribution', text, '2019-12-08');
    withTrace(doc, () => {
      expect(doc.cleanText).not.toContain('Advertisement');
      const [record] = toAttributionRecords(doc);
      for (const span of [record.cue, record.source!, record.content]) expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(record).toMatchObject({
        article_id: 'test-article',
        cue: { text: 'told' },
        source: { text: 'Nicolás Maduro' },
        content: { text: 'that Colombia attacked Venezuela' },
        status: 'reported',
        speaker: 'Nicolás Maduro',
      });
    });
  });

  it('an article with no attribution gives no records (negative)', () => {
    expect(toAttributionRecords(runUpTo('attribution', 'Colombia shelled the border post.', '2019-12-08'))).toEqual([]);
  });
});
