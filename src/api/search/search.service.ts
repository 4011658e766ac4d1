import type { GraphQLResolveInfo } from 'graphql';
import type { GraphReader } from '../../graph/read';
import { ownFields, subfieldsAt } from '../common/selection';
import { toEntity } from '../values';
import { BadUserInputError } from '../errors';
import { MAX_SEARCH_QUERY_LENGTH, MAX_SEARCH_RESULTS } from '../limits/limits';
import type { Loaders } from '../loaders';
import { entityFieldsOf } from '../entity/entity-fields';
import { buildLuceneQuery } from './lucene-query';
import { rankHits } from './ranking';
import { searchForms } from './search-forms';
import type { EntitySearchHit } from './search.type';

const MAX_SEARCH_CANDIDATES = 300;

export class SearchService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  /** With `info`, the entities' mentionCount is counted by the search statement only when selected. */
  async searchEntities(query: string, first: number, info?: GraphQLResolveInfo): Promise<EntitySearchHit[]> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_SEARCH_RESULTS) {
      throw new BadUserInputError(
        `"first" must be a whole number from 0 to ${MAX_SEARCH_RESULTS}, got ${first}.`,
        'first',
      );
    }
    if (query.length > MAX_SEARCH_QUERY_LENGTH) {
      throw new BadUserInputError(`"query" is longer than ${MAX_SEARCH_QUERY_LENGTH} characters.`, 'query');
    }
    const forms = searchForms(query);
    const lucene = buildLuceneQuery(query, forms.knownNames);
    if (lucene === null || first === 0) return [];
    // More candidates than asked for: the exact and acronym matches may rank above Lucene's first ones.
    const mentionCounts =
      info === undefined ||
      subfieldsAt(info, ownFields(info), [
        ['EntitySearchHit', 'entity'],
        ['Entity', 'mentionCount'],
      ]).length > 0;
    const rows = await this.reader.searchEntities(
      { luceneQuery: lucene, acronym: forms.acronym, numeric: forms.numeric },
      Math.min(first * 3 + 10, MAX_SEARCH_CANDIDATES),
      mentionCounts,
      info === undefined ? undefined : entityFieldsOf(info),
    );
    const hits = rankHits(rows, forms, first);
    // The search statement returned the entities whole: the hits need no second statement.
    const byId = new Map(rows.map((row) => [row.id, row.entity]));
    for (const hit of hits) {
      const row = byId.get(hit.id);
      if (row !== undefined) this.loaders.entity.prime(hit.id, toEntity(row));
    }
    const entities = await Promise.all(hits.map((hit) => this.loaders.entity.get(hit.id)));
    return hits.flatMap((hit, index) => {
      const entity = entities[index];
      return entity ? [{ entity, score: hit.score }] : [];
    });
  }
}
