/**
 * A text file's title, date, source and url, from the command line or Markdown front matter, reach the
 * Article node, and the date anchors relative days: with it, the sample's "Sunday" is no entity.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphDatabase } from '../../../src/graph/database';
import { deleteArticle } from '../../../src/graph/ingest';
import { ingestSources } from '../../../src/ingest/ingest-run';
import { applySchema } from '../../../src/graph/schema';
import { articleSources, type ArticleMetadata } from '../../../src/ingest/sources';
import { sampleText } from '../../e2e/support/sample-graph';
import { openTestDatabase } from '../../helpers/database';

jest.setTimeout(120_000);

const ID = 'metadata-test-sample';

async function ingestFile(db: GraphDatabase, file: string, metadata?: ArticleMetadata) {
  const sources = await articleSources([file], {
    maxArticleBytes: 1_000_000,
    ...(metadata ? { metadata } : {}),
  });
  return ingestSources(db, sources.items, {});
}

async function stored(db: GraphDatabase) {
  const [article] = await db.read<Record<string, string | null>>(
    `MATCH (a:Article {id: $id})
     RETURN a.title AS title, a.publishedAt AS publishedAt, a.source AS source, a.url AS url`,
    { id: ID },
  );
  const days = await db.read<{ name: string }>(
    `MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity) WHERE e.name =~ '(?i).*(sunday|monday).*'
     RETURN e.name AS name`,
    { id: ID },
  );
  return { article, days: days.map((d) => d.name) };
}

describe('the metadata of a text article', () => {
  let db: GraphDatabase;
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-metadata-'));
  beforeAll(async () => {
    db = openTestDatabase();
    await applySchema(db);
  });
  afterAll(async () => {
    await deleteArticle(db, ID).catch(() => undefined);
    await db.close();
  });

  it('comes from the command line: with a date, day names are dates, not entities', async () => {
    const txt = path.join(dir, `${ID}.txt`);
    writeFileSync(txt, sampleText());
    await ingestFile(db, txt);
    const without = await stored(db);
    expect(without.article).toMatchObject({ publishedAt: null, source: null });
    expect(without.days).toContain('Sunday');

    const summary = await ingestFile(db, txt, {
      title: 'US to close its embassy in Minsk',
      date: '2022-02-28',
      source: 'newsgraph sample',
      url: 'https://example.test/minsk',
    });
    expect(summary).toMatchObject({ replaced: 1, failed: 0 });
    expect(await stored(db)).toEqual({
      article: {
        title: 'US to close its embassy in Minsk',
        publishedAt: '2022-02-28',
        source: 'newsgraph sample',
        url: 'https://example.test/minsk',
      },
      days: [],
    });
  });

  it('comes from Markdown front matter, the same article when the fields are the same', async () => {
    const md = path.join(dir, `${ID}.md`);
    const front =
      '---\ntitle: US to close its embassy in Minsk\ndate: 2022-02-28\nsource: newsgraph sample\nurl: https://example.test/minsk\n---\n';
    writeFileSync(md, `${front}${sampleText()}`);
    expect(await ingestFile(db, md)).toMatchObject({ unchanged: 1, failed: 0 });
    expect((await stored(db)).article?.publishedAt).toBe('2022-02-28');
  });
});
