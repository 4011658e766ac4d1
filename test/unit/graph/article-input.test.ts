import { checkArticle, contentHash, derivedArticleId } from '../../../src/graph/article-input';
import { ErrorCode } from '../../../src/errors';

describe('checkArticle', () => {
  it('completes an article: id from the text hash, trimmed fields, nulls', () => {
    const article = checkArticle({
      text: 'Belarus borders Ukraine.',
      title: '  Borders ',
      date: '2022-02-28T10:00:00Z',
    });
    expect(article).toEqual({
      id: derivedArticleId('Belarus borders Ukraine.'),
      title: 'Borders',
      text: 'Belarus borders Ukraine.',
      publishedAt: '2022-02-28',
      url: null,
      source: null,
      contentHash: contentHash('Belarus borders Ukraine.'),
    });
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.id).toMatch(/^article-[0-9a-f]{16}$/);
  });

  it.each([
    ['empty', { text: '' }, /empty/],
    ['whitespace', { text: ' \n\t ' }, /empty/],
    ['NUL bytes', { text: 'a\u0000b' }, /binary/],
    ['control characters', { text: '\u0001\u0002\u0003abc' }, /not text/],
    ['over the limit', { text: 'é'.repeat(6) }, /12 bytes, over the limit of 10/],
    ['a bad date', { text: 'x', date: '2022-02-30' }, /not a date/],
    ['an empty id', { text: 'x', id: ' ' }, /id/],
  ])('refuses %s with BAD_USER_INPUT', (_name, input, message) => {
    const attempt = () => checkArticle(input, 10);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
  });

  it('accepts text exactly at the limit', () => {
    expect(checkArticle({ text: 'é'.repeat(5) }, 10).text).toHaveLength(5);
  });
});
