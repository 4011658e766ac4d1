/**
 * The controlled vocabulary of relation predicates, with the phrases that map to each.
 * The extractor normalizes verbs and nominalizations to these names; the graph writer uses the name as a
 * relationship type after checking it against PREDICATE_PATTERN (relationship types cannot be Cypher
 * parameters, so this check is what keeps user text out of the statement).
 */

/** A relationship type we are willing to put into Cypher. */
export const PREDICATE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

export interface PredicateDefinition {
  /** UPPER_SNAKE relationship type. */
  readonly name: string;
  readonly description: string;
  /**
   * Lemmatized phrases that map to this predicate, lower case: a verb lemma with optional particle or
   * preposition ("impose sanction on"), or a noun that names the act ("invasion").
   */
  readonly synonyms: readonly string[];
}

export const PREDICATES: readonly PredicateDefinition[] = [
  {
    name: 'SANCTIONS',
    description: 'imposes or tightens sanctions on',
    synonyms: ['sanction', 'impose sanction on', 'impose sanction against', 'tighten sanction against', 'apply sanction against'],
  },
  {
    name: 'ANNOUNCES',
    description: 'announces an action or decision',
    synonyms: ['announce', 'declare', 'unveil'],
  },
  {
    name: 'STATES',
    description: 'says or states something',
    synonyms: ['say', 'state', 'tell', 'add', 'claim'],
  },
  { name: 'INVADES', description: 'invades', synonyms: ['invade', 'invasion'] },
  { name: 'ATTACKS', description: 'attacks', synonyms: ['attack', 'strike', 'bomb', 'shell'] },
  { name: 'BORDERS', description: 'shares a border with', synonyms: ['border'] },
  { name: 'RULED_BY', description: 'is ruled by', synonyms: [] },
  { name: 'LEADS', description: 'leads, rules or heads', synonyms: ['lead', 'rule', 'head', 'govern'] },
  { name: 'HOLDS_TITLE', description: 'holds a title or office', synonyms: [] },
  { name: 'LOCATED_IN', description: 'is located in', synonyms: [] },
  { name: 'BELONGS_TO', description: 'belongs to (an organization of a country)', synonyms: [] },
  { name: 'CLOSES', description: 'closes', synonyms: ['close', 'shut', 'shut down', 'closure'] },
  { name: 'WARNS', description: 'warns', synonyms: ['warn'] },
  { name: 'SUPPORTS', description: 'supports', synonyms: ['support', 'back', 'encourage'] },
  { name: 'JOINS', description: 'joins', synonyms: ['join'] },
  { name: 'MEETS', description: 'meets or holds talks with', synonyms: ['meet', 'hold talk with'] },
  { name: 'ALLIED_WITH', description: 'is allied with', synonyms: ['ally', 'ally with'] },
  { name: 'WORKS_FOR', description: 'works for', synonyms: ['work for', 'serve'] },
  { name: 'LIVES_IN', description: 'lives in', synonyms: ['live in', 'reside in'] },
  { name: 'KILLS', description: 'kills', synonyms: ['kill', 'assassinate', 'murder', 'slay'] },
];

const byName = new Map(PREDICATES.map((p) => [p.name, p]));

export function isKnownPredicate(name: string): boolean {
  return byName.has(name);
}

export function predicateDefinition(name: string): PredicateDefinition | undefined {
  return byName.get(name);
}

export function isValidRelationshipType(name: string): boolean {
  return PREDICATE_PATTERN.test(name);
}
