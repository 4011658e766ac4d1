import {
  checkArticle,
  checkedArticleId,
  contentHash,
  derivedArticleId,
} from '../../../src/graph/article-input';
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
      contentHash: contentHash({
        text: 'Belarus borders Ukraine.',
        title: 'Borders',
        publishedAt: '2022-02-28',
        url: null,
        source: null,
      }),
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

  it('hashes what the stored article depends on: text, title, date, url, source, extractor version', () => {
    const base = { text: 'Belarus borders Ukraine.', title: 'T', date: '2022-02-28', url: 'u', source: 's' };
    const hash = checkArticle(base).contentHash;
    expect(checkArticle({ ...base }).contentHash).toBe(hash);
    for (const change of [
      { text: 'Belarus borders Poland.' },
      { title: 'U' },
      { date: '2022-03-01' },
      { url: 'v' },
      { source: 't' },
    ]) {
      expect(checkArticle({ ...base, ...change }).contentHash).not.toBe(hash);
    }
    const fields = { text: base.text, title: 'T', publishedAt: '2022-02-28', url: 'u', source: 's' };
    expect(contentHash(fields)).toBe(hash);
    expect(contentHash(fields, 'another extractor')).not.toBe(hash);
    // The derived id follows the text alone: a new title does not make a new article.
    expect(checkArticle({ text: base.text, title: 'U' }).id).toBe(checkArticle({ text: base.text }).id);
  });

  it('accepts text exactly at the limit', () => {
    expect(checkArticle({ text: 'é'.repeat(5) }, 10).text).toHaveLength(5);
  });
});

describe('article ids have their own namespace (issue 13, item 9)', () => {
  it.each(['person:tony-blair', 'Organization:iaaf', 'rel:abc', 'rel :abc', ' money:gbp-106'])(
    'rejects %j, which names an entity or a relation',
    (id) => {
      expect(() => checkArticle({ id, text: 'Belarus borders Ukraine.' })).toThrow(
        expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
      );
      expect(() => checkedArticleId(id)).toThrow(/entity or relation id/);
    },
  );

  it.each(['bbc-2004-001', 'article-0123abcd', 'reuters:2004:17', 'sotu/2014'])('accepts %j', (id) => {
    expect(checkArticle({ id, text: 'Belarus borders Ukraine.' }).id).toBe(id);
  });

  it('rejects control characters in an id', () => {
    expect(() => checkedArticleId('a\u0007b')).toThrow(/control characters/);
  });
});
