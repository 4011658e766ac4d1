/**
 * The subject of bench:api's queries on the built graph: the country with the most facts (the entity,
 * timeline and co-occurrence queries start from it) and the Lucene query our search builds for the
 * misspelt search text (the peer and the Cypher side send that query as it is).
 */
import type { Driver } from 'neo4j-driver';
import { built } from '../project';
import { runCypher } from './load';
import { SEARCH_TEXT, SUBJECT_STATEMENT, type QuerySubject } from './queries';

export async function subjectOf(driver: Driver, database: string): Promise<QuerySubject> {
  const { buildLuceneQuery } = built<typeof import('../../src/api/search/lucene-query')>(
    'api/search/lucene-query.js',
  );
  const { searchForms } = built<typeof import('../../src/api/search/search-forms')>(
    'api/search/search-forms.js',
  );
  const [row] = await runCypher(driver, database, { statement: SUBJECT_STATEMENT, params: {} });
  if (typeof row?.id !== 'string') throw new Error('the graph has no country: was it built?');
  const luceneQuery = buildLuceneQuery(SEARCH_TEXT, searchForms(SEARCH_TEXT).knownNames);
  if (luceneQuery === null) throw new Error(`no Lucene query for "${SEARCH_TEXT}"`);
  return { entityId: row.id, searchText: SEARCH_TEXT, luceneQuery };
}
