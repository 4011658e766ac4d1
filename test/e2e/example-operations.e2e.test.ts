/**
 * Each tab of the offline IDE, sent as it opens: the example operation with its own variables, against the
 * sample graph. Every one answers without errors and with something to look at.
 */
import { loadExampleOperations } from '../../src/explore/example-operations';
import { useApiSuite } from './support/lifecycle';

jest.setTimeout(120_000);

const suite = useApiSuite();
const operations = new Map(loadExampleOperations().map((operation) => [operation.name, operation]));

async function send(name: string): Promise<Record<string, unknown>> {
  const operation = operations.get(name);
  if (operation === undefined) throw new Error(`no example operation ${name}`);
  const response = await fetch(suite.api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.document, variables: operation.variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return body.data ?? {};
}

test('EntityWithEvidence opens on an entity of the sample graph, with its relations and articles', async () => {
  const data = (await send('EntityWithEvidence')) as {
    entity: { name: string; relations: { totalCount: number }; articles: { totalCount: number } } | null;
  };
  expect(data.entity?.name).toMatch(/Lukashenko/);
  expect(data.entity?.relations.totalCount).toBeGreaterThan(0);
  expect(data.entity?.articles.totalCount).toBeGreaterThan(0);
});

test('PathBetweenEntities finds a chain between its two entities', async () => {
  const data = (await send('PathBetweenEntities')) as { path: unknown[] | null };
  expect(data.path?.length).toBeGreaterThan(0);
});

test('SearchEntities finds Lukashenko by "Lukashenka"', async () => {
  const data = (await send('SearchEntities')) as { searchEntities: { entity: { name: string } }[] };
  expect(data.searchEntities[0]?.entity.name).toMatch(/Lukashenko/);
});

test('WhoSanctionsWhom lists SANCTIONS relations in the order its comment says: subject id, then object id', async () => {
  const data = (await send('WhoSanctionsWhom')) as {
    relations: { edges: { node: { predicate: string; subject: { id: string }; object: { id: string } } }[] };
  };
  const nodes = data.relations.edges.map((edge) => edge.node);
  expect(nodes.length).toBeGreaterThan(0);
  expect(new Set(nodes.map((node) => node.predicate))).toEqual(new Set(['SANCTIONS']));
  const keys = nodes.map((node) => `${node.subject.id}\u0001${node.object.id}`);
  expect(keys).toEqual([...keys].sort());
});
