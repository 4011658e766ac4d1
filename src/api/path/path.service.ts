import type { GraphReader } from '../../graph/read';
import { BadUserInputError, NotFoundError } from '../errors';
import { MAX_PATH_HOPS } from '../limits/limits';
import type { Loaders } from '../loaders';
import type { Relation } from '../relation/relation.type';

export class PathService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  /**
   * The relations along the shortest chain of facts from one entity to another (either direction of
   * each fact), in order from `from`; empty when none within maxHops or when from = to.
   */
  async path(from: string, to: string, maxHops: number): Promise<Relation[]> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
      throw new BadUserInputError(
        `"maxHops" must be a whole number from 1 to ${MAX_PATH_HOPS}, got ${maxHops}.`,
        'maxHops',
      );
    }
    const [source, target] = await Promise.all([
      this.loaders.entity.load(from),
      this.loaders.entity.load(to),
    ]);
    if (source === null) throw new NotFoundError(`No entity has the id "${from}" (argument "from").`);
    if (target === null) throw new NotFoundError(`No entity has the id "${to}" (argument "to").`);
    if (from === to) return [];
    const hops = await this.reader.shortestPath(from, to, maxHops);
    if (hops === null) return [];
    const relations = await this.loaders.relation.loadMany(hops);
    return relations.map((relation) => {
      if (relation instanceof Error) throw relation;
      if (relation === null) throw new Error('a relation of the path vanished while it was read');
      return relation;
    });
  }
}
