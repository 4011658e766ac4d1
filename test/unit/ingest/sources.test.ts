import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { articleSources, type SourceItem } from '../../../src/ingest/sources';
import { parseJsonLine, readJsonLines } from '../../../src/ingest/sources/jsonl';
import { articleIdOfFile, decodeText, readArticleFile } from '../../../src/ingest/sources/text-file';
import { titleOf } from '../../../src/ingest/sources/title';

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const all: SourceItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('titleOf', () => {
  it.each([
    ['US to close embassy in Minsk\n\nThe United States will close...', 'US to close embassy in Minsk'],
    ['# Belarus referendum #\nText.', 'Belarus referendum'],
    ['The United States will close its embassy in Minsk.\nMore text.', 'article'],
    ['Only one line, no body', 'article'],
    [`${'Long '.repeat(40)}\nBody.`, 'article'],
  ])('%j → %j', (text, title) => {
    expect(titleOf(text, 'article.txt')).toBe(title);
  });

  it('is null without a file name when the first line is no title', () => {
    expect(titleOf('One sentence.', null)).toBeNull();
  });
});

describe('text files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-sources-'));

  it('makes the file name the id', () => {
    expect(articleIdOfFile('/x/Belarus embassy (2022).txt')).toBe('Belarus-embassy-2022');
  });

  it('refuses binary bytes and other encodings', () => {
    expect(() => decodeText(Buffer.from([0x41, 0x00, 0x42]))).toThrow(/binary/);
    expect(() => decodeText(Buffer.from([0x41, 0xff, 0xfe, 0x42]))).toThrow(/UTF-8/);
    expect(decodeText(Buffer.from('\uFEFFtext'))).toBe('text');
  });

  it('reports empty, oversized and missing files by name', async () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(101));
    const results = await Promise.all(
      ['empty.txt', 'big.txt', 'missing.txt'].map((name) => readArticleFile(path.join(dir, name), 100)),
    );
    expect(results.map((item) => [path.basename(item.origin), item.error?.message])).toEqual([
      ['empty.txt', 'the file is empty'],
      ['big.txt', '101 bytes, over the limit of 100 (NEWSGRAPH_MAX_ARTICLE_BYTES)'],
      ['missing.txt', 'no such file'],
    ]);
  });
});

describe('JSON lines', () => {
  it('reads each line with its number, reports bad ones and goes on', async () => {
    const lines = [
      '{"id": "a", "title": "A", "text": "Alpha.", "date": "2022-02-28", "url": "https://x", "source": "S"}',
      '',
      '{not json',
      '[1, 2]',
      '{"title": "no text"}',
      '{"text": "Beta.", "date": 5}',
      '{"id": 7, "text": "Gamma."}',
    ];
    const items = await collect(readJsonLines(Readable.from(lines.join('\n')), 'feed.jsonl'));
    expect(items.map((item) => [item.origin, item.error?.message ?? item.input])).toEqual([
      [
        'feed.jsonl:1',
        { id: 'a', title: 'A', text: 'Alpha.', date: '2022-02-28', url: 'https://x', source: 'S' },
      ],
      ['feed.jsonl:3', expect.stringMatching(/^not JSON: /)],
      ['feed.jsonl:4', expect.stringMatching(/JSON object/)],
      ['feed.jsonl:5', '"text" must be a string'],
      ['feed.jsonl:6', '"date" must be a string'],
      ['feed.jsonl:7', { id: '7', text: 'Gamma.' }],
    ]);
  });

  it('skips blank lines', () => {
    expect(parseJsonLine('   ', 'x:1')).toBeNull();
  });
});

describe('articleSources', () => {
  it('reads directories recursively, known extensions only, and counts what to expect', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-tree-'));
    mkdirSync(path.join(dir, 'nested'));
    writeFileSync(path.join(dir, 'a.txt'), 'Alpha.');
    writeFileSync(path.join(dir, 'nested', 'b.md'), '# Beta\nBody.');
    writeFileSync(path.join(dir, 'nested', 'c.jsonl'), '{"text": "Gamma."}\n\n{"text": "Delta."}\n');
    writeFileSync(path.join(dir, 'nested', 'd.json'), '{}');
    const sources = await articleSources([dir, path.join(dir, 'missing')], { maxArticleBytes: 1000 });
    expect(sources.total).toBe(5);
    const items = await collect(sources.items);
    expect(
      items.map((item) => [path.relative(dir, item.origin), item.input?.title ?? item.error?.message]),
    ).toEqual([
      ['a.txt', 'a'],
      ['nested/b.md', 'Beta'],
      ['nested/c.jsonl:1', undefined],
      ['nested/c.jsonl:3', undefined],
      ['missing', 'no such file or directory'],
    ]);
  });

  it('reads standard input as one article, or as JSON lines', async () => {
    const one = await articleSources(['-'], {
      maxArticleBytes: 1000,
      stdin: Readable.from(['Headline\n', 'Body.']),
    });
    expect(one.total).toBeNull();
    expect(await collect(one.items)).toEqual([
      { origin: 'stdin', input: { text: 'Headline\nBody.', title: 'Headline' } },
    ]);
    const lines = await articleSources(['-'], {
      jsonl: true,
      maxArticleBytes: 1000,
      stdin: Readable.from(['{"text": "A."}\n', 'oops\n']),
    });
    expect((await collect(lines.items)).map((item) => item.origin)).toEqual(['stdin:1', 'stdin:2']);
  });
});
