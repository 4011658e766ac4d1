/**
 * Issue 15, Neo4j beyond one machine: the same code on a neo4j:// routing URI. Community runs one server,
 * which the routing table names for every role (WRITE, READ, ROUTE); a cluster or Aura names a leader and
 * followers, and the driver sends executeWrite to the one and executeRead to the others. What can be
 * checked here: routing works end to end, and writes leave bookmarks that later reads carry.
 */
import { GraphDatabase } from '../../../src/graph/database';
import { deleteArticle, ingestArticle } from '../../../src/graph/ingest';
import { testConnection } from '../../helpers/database';
import { tableExtractor } from '../../unit/graph/extraction-builder';

jest.setTimeout(60_000);

const TEXT = 'The United States sanctions Belarus.';
const ID = 'routing-probe-article';
let db: GraphDatabase;

beforeAll(async () => {
  const info = testConnection();
  db = GraphDatabase.connect(
    { ...info, uri: info.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:') },
    {
      queryTimeoutMs: 30_000,
    },
  );
  await db.verify();
});

afterAll(async () => {
  await deleteArticle(db, ID).catch(() => undefined);
  await db.close();
});

it('connects through the routing table, which names the server for writes, reads and routing', async () => {
  expect(db.connection.uri).toMatch(/^neo4j:\/\//);
  const rows = await db.read<{ servers: { role: string; addresses: string[] }[] }>(
    'CALL dbms.routing.getRoutingTable({}, $database) YIELD servers RETURN servers',
    { database: db.connection.database },
  );
  const roles = (rows[0]?.servers ?? []).map((server) => server.role).sort();
  expect(roles).toEqual(['READ', 'ROUTE', 'WRITE']);
});

it('writes leave bookmarks, and a read after the write sees it', async () => {
  const before = await db.lastBookmarks();
  const extract = tableExtractor([
    [
      TEXT,
      [
        { id: 'us', name: 'United States', type: 'COUNTRY' },
        { id: 'by', name: 'Belarus', type: 'COUNTRY' },
      ],
      [{ subject: 'us', predicate: 'SANCTIONS', object: 'by', sentence: 0 }],
    ],
  ]);
  const outcome = await ingestArticle(db, { id: ID, text: TEXT }, { extract });
  expect(outcome.status).not.toBe('unchanged');
  const after = await db.lastBookmarks();
  expect(after).toHaveLength(1);
  expect(after).not.toEqual(before);
  const [row] = await db.read<{ mentions: number }>(
    'MATCH (:Article {id: $id})-[m:MENTIONS]->() RETURN count(m) AS mentions',
    { id: ID },
  );
  expect(row?.mentions).toBe(2);
});
