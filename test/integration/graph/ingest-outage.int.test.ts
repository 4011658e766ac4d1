/**
 * An ingest run that loses Neo4j stops with one error that says so, what landed before it and what did
 * not (issue 13, item 4); the CLI prints those instead of a stack trace per failed connection.
 */
import { AppError, ErrorCode } from '../../../src/errors';
import type { GraphDatabase } from '../../../src/graph/database';
import { notLandedText } from '../../../src/ingest/ingest-report';
import { IngestStoppedError, ingestSources } from '../../../src/ingest/ingest-run';
import { applySchema } from '../../../src/graph/schema';
import type { SourceItem } from '../../../src/ingest/sources';
import { clearAndClose, clearDatabase, openTestDatabase } from '../../helpers/database';
import { tableExtractor } from '../../unit/graph/extraction-builder';

jest.setTimeout(60_000);

const COUNTRIES = ['Belarus', 'Ukraine', 'Poland', 'Latvia', 'Lithuania', 'Estonia'];
const texts = COUNTRIES.map((country) => `The United States sanctions ${country}.`);
const extract = tableExtractor(
  texts.map((text, index) => [
    text,
    [
      { id: 'us', name: 'United States', type: 'COUNTRY' },
      { id: `c${index}`, name: COUNTRIES[index]!, type: 'COUNTRY' },
    ],
    [{ subject: 'us', predicate: 'SANCTIONS', object: `c${index}`, sentence: 0 }],
  ]),
);

describe('an ingest run that loses Neo4j', () => {
  let db: GraphDatabase;
  let outage = false;
  beforeAll(async () => {
    // Every statement fails as an unreachable Neo4j does, once the outage has begun.
    db = openTestDatabase({
      onQuery: () => {
        if (outage)
          throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'Neo4j is not reachable (test outage).');
      },
    });
    await clearDatabase(db);
    await applySchema(db);
  });
  afterAll(async () => {
    outage = false;
    await clearAndClose(db);
  });

  it('stops with the outage, what landed and what was in flight; what was not started is the rest', async () => {
    const items: SourceItem[] = texts.map((text, index) => ({
      origin: `article-${index}.txt`,
      input: { id: `outage-${index}`, text },
    }));
    const failure = await ingestSources(db, items, {
      concurrency: 1,
      extract,
      onResult: (_result, summary) => {
        if (summary.new === 2) outage = true;
      },
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(IngestStoppedError);
    const stopped = failure as IngestStoppedError;
    expect(stopped.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(stopped.message).toMatch(/not reachable/);
    expect(stopped.summary).toMatchObject({ new: 2, failed: 0 });
    expect(stopped.notLanded).toEqual(['article-2.txt']);
    expect(notLandedText(stopped.notLanded, stopped.summary, items.length)).toMatch(
      /^Not landed: 1 in flight when it stopped \(article-2\.txt\) and 3 not started\./,
    );

    outage = false;
    const [row] = await db.read<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles');
    expect(row?.articles).toBe(2);
  });
});
