import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../../src/cli/main';
import { articleSources, type SourceItem } from '../../../src/ingest/sources';
import { splitFrontMatter, withMetadata } from '../../../src/ingest/sources/front-matter';
import { readArticleFile } from '../../../src/ingest/sources/text-file';
import { captureIo } from '../../integration/graph/cli-io';

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const all: SourceItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-metadata-'));
function file(name: string, text: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, text);
  return target;
}

describe('front matter', () => {
  it('reads title, date, source and url, and leaves them out of the text', () => {
    const text =
      '---\ntitle: "Kyiv: talks resume"\ndate: 2022-03-01\nsource: Wire\nurl: https://x.test/a\n---\nBody.\n';
    expect(splitFrontMatter(text)).toEqual({
      metadata: { title: 'Kyiv: talks resume', date: '2022-03-01', source: 'Wire', url: 'https://x.test/a' },
      body: 'Body.\n',
    });
  });

  it('leaves a text without front matter whole, and ignores fields it does not know', () => {
    expect(splitFrontMatter('Body.\n---\nMore.')).toEqual({ metadata: {}, body: 'Body.\n---\nMore.' });
    expect(splitFrontMatter('---\nauthor: A. Writer\n---\nBody.')).toEqual({ metadata: {}, body: 'Body.' });
  });

  it('refuses front matter that is not YAML key: value lines, or a field that is not text', () => {
    expect(() => splitFrontMatter('---\ntitle: [unclosed\n---\nBody.')).toThrow(/front matter is not YAML/);
    expect(() => splitFrontMatter('---\n- a list\n---\nBody.')).toThrow(/"key: value" lines/);
    expect(() => splitFrontMatter('---\ntitle:\n  nested: map\n---\nBody.')).toThrow(/"title" must be text/);
  });

  it('lets later layers win: derived, then the file, then the command line', () => {
    expect(
      withMetadata(
        { text: 't', title: 'first line' },
        { title: 'front', date: '2022-01-01' },
        { title: 'cli' },
      ),
    ).toEqual({ text: 't', title: 'cli', date: '2022-01-01' });
  });
});

describe('metadata of text articles', () => {
  it('takes a Markdown file’s front matter, and the command line’s fields over it', async () => {
    const md = file('briefing.md', '---\ntitle: Front title\ndate: 2022-02-28\n---\nHeadline\nBody.\n');
    expect(await readArticleFile(md, 10_000)).toEqual({
      origin: md,
      input: { id: 'briefing', text: 'Headline\nBody.\n', title: 'Front title', date: '2022-02-28' },
    });
    const overridden = await readArticleFile(md, 10_000, { date: '2022-03-01', source: 'Wire' });
    expect(overridden.input).toMatchObject({ title: 'Front title', date: '2022-03-01', source: 'Wire' });
  });

  it('reads no front matter in a .txt file', async () => {
    const txt = file('plain.txt', '---\ntitle: x\n---\nBody.\n');
    expect((await readArticleFile(txt, 10_000)).input?.text).toBe('---\ntitle: x\n---\nBody.\n');
  });

  it('gives the command line’s fields to files and standard input, not to JSON lines', async () => {
    const txt = file('note.txt', 'Headline\nBody.\n');
    const feed = file('feed.jsonl', '{"text": "A.", "date": "2021-01-01"}\n');
    const sources = await articleSources([txt, feed, '-'], {
      maxArticleBytes: 10_000,
      stdin: Readable.from(['Other headline\nMore.']),
      metadata: { date: '2022-02-28', source: 'Wire', url: 'https://x.test/' },
    });
    const inputs = (await collect(sources.items)).map((item) => item.input);
    expect(inputs).toEqual([
      {
        id: 'note',
        text: 'Headline\nBody.\n',
        title: 'Headline',
        date: '2022-02-28',
        source: 'Wire',
        url: 'https://x.test/',
      },
      { text: 'A.', date: '2021-01-01' },
      {
        text: 'Other headline\nMore.',
        title: 'Other headline',
        date: '2022-02-28',
        source: 'Wire',
        url: 'https://x.test/',
      },
    ]);
  });

  it('refuses one title for several articles', async () => {
    const a = file('a.txt', 'A.');
    const b = file('b.txt', 'B.');
    await expect(articleSources([a, b], { maxArticleBytes: 100, metadata: { title: 'T' } })).rejects.toThrow(
      'a title names one article: give --title with one text file or -',
    );
  });
});

describe('newsgraph ingest --date', () => {
  it.each(['2022-02-30', '28/02/2022', 'Monday', ''])(
    'refuses %j with a clear message and exit status 65, before touching anything',
    async (date) => {
      const io = captureIo({ NEO4J_URI: 'bolt://127.0.0.1:1' });
      expect(await runCli(['ingest', '--date', date, file('x.txt', 'Body.')], io)).toBe(65);
      expect(io.err()).toContain(
        `newsgraph: ingest: --date must be a calendar date YYYY-MM-DD, got "${date}"`,
      );
      expect(io.err()).not.toMatch(/not reachable/);
    },
  );

  it('refuses an empty --source', async () => {
    const io = captureIo({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(await runCli(['ingest', '--source', ' ', file('y.txt', 'Body.')], io)).toBe(65);
    expect(io.err()).toContain('ingest: --source must not be empty');
  });
});
