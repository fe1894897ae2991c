import { describe, expect, it } from 'vitest';
import { defaultAnnalist, makeArticle } from '../../test/helpers/article.js';

const eventDates = (text: string, published: string) =>
  defaultAnnalist().extract(makeArticle(text, published)).events.map((e) => [e.cameo, e.date, e.date_source]);

describe('event dates and datelines', () => {
  it('never dates an event by the dateline that opens the report', () => {
    expect(eventDates('PARIS, Nov 21 (Reuters) - French President Emmanuel Macron spoke by phone on Thursday with Ukrainian President Volodymyr Zelensky, the Elysee said.', '2025-11-21'))
      .toEqual([['041', '2025-11-20', 'text']]);
  });

  it('keeps a date that follows a name and a comma when no dash closes a dateline', () => {
    expect(eventDates('Macron, on Thursday, spoke by phone with Ukrainian President Volodymyr Zelensky.', '2025-11-21'))
      .toEqual([['041', '2025-11-20', 'text']]);
  });
});
