import { describe, expect, it } from 'vitest';
import { articleId } from './article-id.js';
import { buildArticle } from './build-article.js';
import type { ArticleDraft } from './types.js';

const draft = (fields: Partial<ArticleDraft>): ArticleDraft => ({ title: null, published: null, outlet: null, url: null, text: 'The talks ended.', ...fields });
const none = { published: null, outlet: null };

describe('buildArticle', () => {
  it('hashes the text, normalizes the date and tidies metadata', () => {
    const item = buildArticle(draft({ title: '  Talks\n end ', published: '2024-05-14T08:30:00-04:00', outlet: ' Wire ', url: '' }), 'a.txt', none, ['w']);
    expect(item).toEqual({
      kind: 'article',
      input: 'a.txt',
      warnings: ['w'],
      article: { id: articleId('The talks ended.'), title: 'Talks end', published: '2024-05-14', outlet: 'Wire', url: null, text: 'The talks ended.', source: 'a.txt' },
    });
  });

  it('fills published and outlet from the defaults only where the input has none', () => {
    const defaults = { published: '2020-01-01', outlet: 'Default Wire' };
    const filled = buildArticle(draft({}), 'a', defaults, []);
    expect(filled.kind === 'article' && filled.article).toMatchObject({ published: '2020-01-01', outlet: 'Default Wire' });
    const own = buildArticle(draft({ published: '2024-02-02', outlet: 'Own' }), 'a', defaults, []);
    expect(own.kind === 'article' && own.article).toMatchObject({ published: '2024-02-02', outlet: 'Own' });
  });

  it('warns about an unreadable date and falls back to the default', () => {
    const item = buildArticle(draft({ published: 'last Tuesday' }), 'a', { published: '2020-01-01', outlet: null }, []);
    expect(item).toMatchObject({ kind: 'article', warnings: ['published date "last Tuesday" is not a calendar date; ignored'], article: { published: '2020-01-01' } });
  });

  it('skips empty text', () => {
    expect(buildArticle(draft({ text: ' \n ' }), 'f.jsonl:3', none, [])).toEqual({ kind: 'skipped', input: 'f.jsonl:3', reason: 'empty' });
  });
});
