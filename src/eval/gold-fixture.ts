/**
 * The gold fixture format (test/fixtures/gold/README.md explains it for annotators): hand-annotated
 * entities, negatives and relations of one text. This module only validates; it reads no files.
 */
import { AppError, ErrorCode } from '../errors';
import { isEntityType, isKnownPredicate, type EntityType } from '../vocabulary';

export interface GoldEntity {
  /** Canonical name; the key relations refer to. It need not occur in the text. */
  readonly name: string;
  readonly type: EntityType;
  /** Other types accepted for this entity (metonymy: the White House as ORGANIZATION or FACILITY). */
  readonly altTypes: readonly EntityType[];
  /** Surface forms in the text that must end up in the same predicted entity as the name. */
  readonly aliases: readonly string[];
  /** Other forms that identify the entity (demonyms, other spellings) without being required. */
  readonly accept: readonly string[];
  /** Lenient match for descriptions: each group needs one of its words in a predicted form. */
  readonly keywords: readonly (readonly string[])[];
  /** Neither required for recall nor counted as a false positive when found. */
  readonly optional: boolean;
}

export interface GoldRelation {
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  readonly acceptPredicates: readonly string[];
  /** Predicates accepted with subject and object swapped (Belarus RULED_BY X = X LEADS Belarus). */
  readonly acceptInverse: readonly string[];
  readonly negated: boolean;
  /** undefined: not annotated; null: a plain assertion. */
  readonly modality: string | null | undefined;
  readonly optional: boolean;
  /** One of the facts the issue names explicitly. */
  readonly userFact: boolean;
}

export interface GoldFixture {
  readonly source: string;
  /** Where the passage was copied from, for the provenance test. */
  readonly sotu: { readonly file: string; readonly start: number } | null;
  readonly date: string | null;
  readonly entities: readonly GoldEntity[];
  readonly mustNotBeEntities: readonly string[];
  readonly mustNotMerge: readonly (readonly [string, string])[];
  readonly mayMerge: readonly (readonly [string, string])[];
  readonly relations: readonly GoldRelation[];
}

type Json = Record<string, unknown>;

class FieldReader {
  constructor(
    private readonly origin: string,
    private readonly path: string,
    private readonly value: Json,
  ) {}

  /** Unknown fields are typos ("alias" for "aliases") that would silently weaken the gold. */
  onlyKeys(allowed: readonly string[]): this {
    const unknown = Object.keys(this.value).find((key) => !allowed.includes(key));
    if (unknown !== undefined) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `${this.origin}: ${this.path} has unknown field "${unknown}"`,
      );
    }
    return this;
  }

  fail(field: string, expected: string): never {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${this.origin}: ${this.path}.${field} must be ${expected}`);
  }

  string(field: string): string {
    const value = this.value[field];
    return typeof value === 'string' && value.trim() !== '' ? value : this.fail(field, 'a non-empty string');
  }

  optionalString(field: string): string | null {
    return this.value[field] === undefined ? null : this.string(field);
  }

  boolean(field: string): boolean {
    const value = this.value[field] ?? false;
    return typeof value === 'boolean' ? value : this.fail(field, 'true or false');
  }

  strings(field: string): readonly string[] {
    const value = this.value[field] ?? [];
    const ok = Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
    return ok ? (value as string[]) : this.fail(field, 'a list of non-empty strings');
  }

  list(field: string): readonly unknown[] {
    const value = this.value[field] ?? [];
    return Array.isArray(value) ? value : this.fail(field, 'a list');
  }

  entityType(field: string): EntityType {
    const value = this.value[field];
    return isEntityType(value) ? value : this.fail(field, 'an entity type of src/vocabulary');
  }

  predicate(field: string): string {
    const value = this.string(field);
    return isKnownPredicate(value)
      ? value
      : this.fail(field, `a predicate of src/vocabulary, got "${value}"`);
  }

  pairs(field: string): readonly (readonly [string, string])[] {
    return this.list(field).map((pair) => {
      const ok = Array.isArray(pair) && pair.length === 2 && pair.every((n) => typeof n === 'string');
      return ok ? (pair as [string, string]) : this.fail(field, 'a list of [name, name] pairs');
    });
  }
}

function objectAt(origin: string, path: string, value: unknown): FieldReader {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${origin}: ${path} must be an object`);
  }
  return new FieldReader(origin, path, value as Json);
}

const ENTITY_KEYS = ['name', 'type', 'altTypes', 'aliases', 'accept', 'keywords', 'optional', 'note'];
const RELATION_KEYS = [
  'subject',
  'predicate',
  'object',
  'acceptPredicates',
  'acceptInverse',
  'negated',
  'modality',
  'optional',
  'userFact',
  'note',
];
const FIXTURE_KEYS = [
  'source',
  'sotu',
  'date',
  'entities',
  'mustNotBeEntities',
  'mustNotMerge',
  'mayMerge',
  'relations',
];

function parseEntity(origin: string, path: string, value: unknown): GoldEntity {
  const read = objectAt(origin, path, value).onlyKeys(ENTITY_KEYS);
  const altTypes = read
    .strings('altTypes')
    .map((type) => (isEntityType(type) ? type : read.fail('altTypes', 'entity types')));
  const keywords = read.list('keywords').map((group) => {
    const ok = Array.isArray(group) && group.length > 0 && group.every((word) => typeof word === 'string');
    return ok
      ? (group as string[]).map((word) => word.toLowerCase())
      : read.fail('keywords', 'a list of word lists');
  });
  return {
    name: read.string('name'),
    type: read.entityType('type'),
    altTypes,
    aliases: read.strings('aliases'),
    accept: read.strings('accept'),
    keywords,
    optional: read.boolean('optional'),
  };
}

function parseRelation(origin: string, path: string, value: unknown): GoldRelation {
  const read = objectAt(origin, path, value).onlyKeys(RELATION_KEYS);
  const predicates = (field: string) =>
    read
      .strings(field)
      .map((name) => (isKnownPredicate(name) ? name : read.fail(field, 'predicates of src/vocabulary')));
  const raw = value as Json;
  return {
    subject: read.string('subject'),
    predicate: read.predicate('predicate'),
    object: read.string('object'),
    acceptPredicates: predicates('acceptPredicates'),
    acceptInverse: predicates('acceptInverse'),
    negated: read.boolean('negated'),
    modality: raw.modality === undefined || raw.modality === null ? raw.modality : read.string('modality'),
    optional: read.boolean('optional'),
    userFact: read.boolean('userFact'),
  };
}

function parseSotu(origin: string, value: unknown): GoldFixture['sotu'] {
  if (value === undefined) return null;
  const read = objectAt(origin, 'sotu', value);
  const start = (value as Json).start;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0)
    return read.fail('start', 'an offset');
  return { file: read.string('file'), start };
}

/** Every name a relation, a merge pair or a may-merge pair uses must be a gold entity. */
function checkReferences(origin: string, fixture: GoldFixture): void {
  const names = new Set(fixture.entities.map((entity) => entity.name));
  if (names.size !== fixture.entities.length) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${origin}: two gold entities share a name`);
  }
  const used = [
    ...fixture.relations.flatMap((relation) => [relation.subject, relation.object]),
    ...fixture.mustNotMerge.flat(),
    ...fixture.mayMerge.flat(),
  ];
  const unknown = used.find((name) => !names.has(name));
  if (unknown !== undefined) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${origin}: "${unknown}" is not a gold entity`);
  }
}

export function parseGoldFixture(value: unknown, origin: string): GoldFixture {
  const read = objectAt(origin, 'fixture', value).onlyKeys(FIXTURE_KEYS);
  const raw = value as Json;
  const fixture: GoldFixture = {
    source: read.string('source'),
    sotu: parseSotu(origin, raw.sotu),
    date: read.optionalString('date'),
    entities: read.list('entities').map((entity, i) => parseEntity(origin, `entities[${i}]`, entity)),
    mustNotBeEntities: read.strings('mustNotBeEntities'),
    mustNotMerge: read.pairs('mustNotMerge'),
    mayMerge: read.pairs('mayMerge'),
    relations: read
      .list('relations')
      .map((relation, i) => parseRelation(origin, `relations[${i}]`, relation)),
  };
  checkReferences(origin, fixture);
  return fixture;
}
