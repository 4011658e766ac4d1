/**
 * The relationship types that carry facts (the predicates in use), kept by the API process so that the
 * statements it compiles can expand an entity's incoming facts by type. An entity mentioned in many
 * articles has far more incoming MENTIONS than facts (bench:api's hub: 2,003 incoming relationships, 361
 * of them facts), and an expansion without types reads every one of them. Neo4j keeps a dense node's
 * relationships grouped by type, so a literal list of types skips the MENTIONS group unread; a list passed
 * as a parameter (`[r:$any($types)]`) is filtered after the expansion and does not.
 *
 * The list may be stale: a predicate first written after the last refresh is missing from it. The compiled
 * statement checks, per entity, that the typed expansion found every incoming relationship that is not a
 * MENTIONS (both figures are degree lookups), and expands without types when it did not (see relationsOf
 * in entity-relations-statement.ts). A stale list costs speed, never a wrong answer.
 *
 * The list is read from the predicate counts the write path keeps (cypher/read/fact-types.cypher) outside
 * any request's transaction: in the background when first asked for, then again when asked for more than
 * `maxAgeMs` after the last read. Until the first read completes, and while reads fail, callers get
 * null (the untyped expansion) or the last list read.
 */

import { PREDICATE_PATTERN } from '../../vocabulary';
import { cypher } from '../cypher';
import type { GraphDatabase } from '../database';

/** What compiled statements ask: the fact types known now, or null when none are known yet. */
export interface FactTypeSource {
  current(): readonly string[] | null;
}

/**
 * More types than this and the statement is not worth compiling with them: the list is written into
 * the statement's text, and Neo4j plans it again each time the list changes.
 */
export const MAX_FACT_TYPES = 1000;

export interface FactTypesOptions {
  /** Reads the predicates in use (cypher/read/fact-types.cypher). */
  readonly load: () => Promise<readonly string[]>;
  /** How long a list read is used before the next ask reads it again (in the background). */
  readonly maxAgeMs?: number;
  readonly now?: () => number;
  /** Told when a read fails; the last list read stays in use. */
  readonly onError?: (error: unknown) => void;
}

export class FactTypes implements FactTypeSource {
  private list: readonly string[] | null = null;
  private readAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | null = null;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(private readonly options: FactTypesOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  current(): readonly string[] | null {
    if (this.loading === null && this.now() - this.readAt >= this.maxAgeMs) this.loading = this.refresh();
    return this.list;
  }

  /** Reads the list now (the background read current() starts, exposed for tests and start-up). */
  async refresh(): Promise<void> {
    try {
      this.list = usableFactTypes(await this.options.load());
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.readAt = this.now();
      this.loading = null;
    }
  }
}

/**
 * The types safe to write into a statement (the vocabulary's pattern; never MENTIONS), sorted and
 * without repeats; null when there are none or too many to be worth it.
 */
export function usableFactTypes(types: readonly string[]): readonly string[] | null {
  const usable = [...new Set(types)]
    .filter((type) => PREDICATE_PATTERN.test(type) && type !== 'MENTIONS')
    .sort();
  return usable.length === 0 || usable.length > MAX_FACT_TYPES ? null : usable;
}

/** FactTypes reading the predicate counts of `database`, each read in a transaction of its own. */
export function graphFactTypes(
  database: Pick<GraphDatabase, 'read'>,
  onError?: (error: unknown) => void,
): FactTypes {
  return new FactTypes({
    load: async () =>
      (await database.read<{ predicate: string }>(cypher('read/fact-types'), {}, FACT_TYPES_TAG)).map(
        (row) => row.predicate,
      ),
    onError,
  });
}

/** The tag of the transactions that read the list (a request's own transactions are tagged `api`). */
export const FACT_TYPES_TAG = 'fact-types';
