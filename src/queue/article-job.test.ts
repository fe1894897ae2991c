import { describe, expect, it } from 'vitest';
import { makeArticle } from '../store/fixtures.js';
import { articleFromPayload } from './article-job.js';

describe('articleFromPayload', () => {
  it('returns the article of a payload, and nothing but its fields', () => {
    const article = makeArticle();
    expect(articleFromPayload({ article: { ...article, events: [] } })).toEqual(article);
  });

  it('names what is wrong with a payload that is not an article', () => {
    expect(() => articleFromPayload(null)).toThrow('job payload has no article object');
    expect(() => articleFromPayload({ article: 'text' })).toThrow('job payload has no article object');
    expect(() => articleFromPayload({ article: { ...makeArticle(), text: 42 } })).toThrow('article field "text" must be a string');
    expect(() => articleFromPayload({ article: { ...makeArticle(), url: 7 } })).toThrow('article field "url" must be a string or null');
  });
});
