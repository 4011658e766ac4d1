import type { Article } from '../article/article.type';
import type { Entity } from '../entity/entity.type';
import type { Loaders } from '../loaders';
import { isRelationId, parseRelationId } from '../relation/relation-id';
import type { Relation } from '../relation/relation.type';

export class NodeService {
  constructor(private readonly loaders: Loaders) {}

  /**
   * Relation ids are recognised by their `rel:` prefix; any other id is looked up as an Entity first,
   * then as an Article (ingestArticle refuses article ids shaped like entity or relation ids).
   */
  async node(id: string): Promise<Entity | Article | Relation | null> {
    if (isRelationId(id)) {
      const key = parseRelationId(id);
      return key === null ? null : this.loaders.relation.load(key);
    }
    return (await this.loaders.entity.load(id)) ?? (await this.loaders.article.load(id));
  }
}
