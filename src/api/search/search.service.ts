import type { GraphReader } from '../../graph/read';
import { BadUserInputError } from '../errors';
import { MAX_SEARCH_QUERY_LENGTH, MAX_SEARCH_RESULTS } from '../limits/limits';
import type { Loaders } from '../loaders';
import { buildLuceneQuery } from './lucene-query';
import type { EntitySearchHit } from './search.type';

export class SearchService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  async searchEntities(query: string, first: number): Promise<EntitySearchHit[]> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_SEARCH_RESULTS) {
      throw new BadUserInputError(
        `"first" must be a whole number from 0 to ${MAX_SEARCH_RESULTS}, got ${first}.`,
        'first',
      );
    }
    if (query.length > MAX_SEARCH_QUERY_LENGTH) {
      throw new BadUserInputError(`"query" is longer than ${MAX_SEARCH_QUERY_LENGTH} characters.`, 'query');
    }
    const lucene = buildLuceneQuery(query);
    if (lucene === null || first === 0) return [];
    const hits = await this.reader.searchEntities(lucene, first);
    const entities = await Promise.all(hits.map((hit) => this.loaders.entity.load(hit.id)));
    return hits.flatMap((hit, index) => {
      const entity = entities[index];
      return entity ? [{ entity, score: hit.score }] : [];
    });
  }
}
