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
    synonyms: [
      'sanction',
      'impose sanction on',
      'impose sanction against',
      'tighten sanction against',
      'tighten sanction on',
      'apply sanction against',
      'apply sanction to',
      'announce sanction against',
      'introduce sanction against',
      'sanctions',
      'penalty',
      'penalties',
      'embargo',
      'restriction',
      'restrictions',
    ],
  },
  {
    name: 'ANNOUNCES',
    description: 'announces an action or decision',
    synonyms: ['announce', 'declare', 'unveil', 'announcement', 'proclaim'],
  },
  {
    name: 'STATES',
    description: 'says or states something',
    synonyms: [
      'say',
      'state',
      'tell',
      'add',
      'claim',
      'note',
      'explain',
      'stress',
      'insist',
      'argue',
      'write',
      'tweet',
      'acknowledge',
      'admit',
      'suggest',
      'assert',
      'reveal',
      'confirm',
      'statement',
    ],
  },
  { name: 'WARNS', description: 'warns', synonyms: ['warn', 'caution', 'warning'] },
  { name: 'THREATENS', description: 'threatens', synonyms: ['threaten', 'threat'] },
  { name: 'INVADES', description: 'invades', synonyms: ['invade', 'invasion'] },
  {
    name: 'ATTACKS',
    description: 'attacks',
    synonyms: [
      'attack',
      'strike',
      'bomb',
      'shell',
      'assault',
      'raid',
      'airstrike',
      'bombing',
      'shelling',
      'offensive against',
    ],
  },
  { name: 'TARGETS', description: 'targets', synonyms: ['target'] },
  { name: 'BORDERS', description: 'shares a border with', synonyms: ['border', 'border on', 'neighbor'] },
  {
    name: 'RULED_BY',
    description: 'is ruled by (kept for readers; the extractor writes LEADS from the ruler)',
    synonyms: [],
  },
  {
    name: 'LEADS',
    description: 'leads, rules or heads',
    synonyms: [
      'lead',
      'rule',
      'head',
      'govern',
      'chair',
      'command',
      'run',
      'preside over',
      'leader',
      'ruler',
      'head of',
      'leadership',
    ],
  },
  { name: 'HOLDS_TITLE', description: 'holds a title or office', synonyms: [] },
  {
    name: 'LOCATED_IN',
    description: 'is located in (a place in a place)',
    synonyms: ['be locate in', 'locate in', 'lie in', 'situate in'],
  },
  {
    name: 'BASED_IN',
    description: 'has its seat in (an organization in a place)',
    synonyms: ['base in', 'headquarter in', 'be base in'],
  },
  {
    name: 'BELONGS_TO',
    description: 'belongs to (an organization of a country, a part of a whole)',
    synonyms: ['belong to', 'be part of'],
  },
  { name: 'CLOSES', description: 'closes', synonyms: ['close', 'shut', 'shut down', 'closure', 'closing'] },
  { name: 'SUSPENDS', description: 'suspends', synonyms: ['suspend', 'suspension', 'halt', 'freeze'] },
  {
    name: 'SUPPORTS',
    description: 'supports',
    synonyms: ['support', 'back', 'encourage', 'endorse', 'aid', 'help', 'assist'],
  },
  { name: 'JOINS', description: 'joins', synonyms: ['join'] },
  {
    name: 'MEETS',
    description: 'meets or holds talks with',
    synonyms: ['meet', 'meet with', 'hold talk with', 'talk with', 'negotiate with', 'talk', 'meeting'],
  },
  {
    name: 'ALLIED_WITH',
    description: 'is allied with',
    synonyms: ['ally', 'ally with', 'side with', 'align with', 'alliance with'],
  },
  {
    name: 'WORKS_FOR',
    description: 'works for',
    synonyms: [
      'work for',
      'work at',
      'serve',
      'serve in',
      'employ',
      'represent',
      'write for',
      'cover for',
      'report for',
    ],
  },
  { name: 'LIVES_IN', description: 'lives in', synonyms: ['live in', 'reside in', 'settle in'] },
  {
    name: 'BORN_IN',
    description: 'was born in',
    synonyms: [
      'bear in',
      'bear near',
      'bear at',
      'be bear in',
      'born in',
      'born near',
      'born at',
      'birthplace',
    ],
  },
  {
    name: 'REPORTS_FROM',
    description: 'files a report from (a news dateline: "DAYTON, Ohio (AP)")',
    synonyms: ['report from', 'file from'],
  },
  {
    name: 'KILLS',
    description: 'kills',
    synonyms: [
      'kill',
      'assassinate',
      'murder',
      'slay',
      'execute',
      'behead',
      'stab',
      'strangle',
      'assassination',
      'killing',
      'slaying',
      'shoot',
      'shooting',
    ],
  },
  {
    name: 'ALLOWS',
    description: 'allows or permits',
    synonyms: ['allow', 'permit', 'authorize', 'authorise', 'let'],
  },
  { name: 'ORDERS', description: 'orders', synonyms: ['order', 'instruct', 'direct'] },
  { name: 'RECOGNIZES', description: 'recognizes', synonyms: ['recognize', 'recognise', 'recognition'] },
  { name: 'DEPLOYS', description: 'deploys forces to', synonyms: ['deploy', 'station', 'deployment'] },
  { name: 'CONTACTS', description: 'contacts', synonyms: ['contact', 'call'] },
  { name: 'VISITS', description: 'visits', synonyms: ['visit', 'tour', 'travel to'] },
  { name: 'ACCUSES', description: 'accuses or blames', synonyms: ['accuse', 'blame', 'charge'] },
  {
    name: 'CONDEMNS',
    description: 'condemns or criticizes',
    synonyms: ['condemn', 'denounce', 'criticize', 'criticise', 'slam'],
  },
  { name: 'OPPOSES', description: 'opposes', synonyms: ['oppose', 'reject', 'resist', 'opposition'] },
  {
    name: 'ARRESTS',
    description: 'arrests or detains',
    synonyms: ['arrest', 'detain', 'capture', 'jail', 'imprison'],
  },
  { name: 'APPOINTS', description: 'appoints', synonyms: ['appoint', 'nominate', 'name'] },
  { name: 'ELECTS', description: 'elects', synonyms: ['elect', 'election', 're-elect', 'reelect'] },
  { name: 'SIGNS', description: 'signs', synonyms: ['sign'] },
  {
    name: 'ACQUIRES',
    description: 'acquires or buys',
    synonyms: ['acquire', 'buy', 'purchase', 'acquisition', 'take over'],
  },
  { name: 'FUNDS', description: 'funds', synonyms: ['fund', 'finance', 'bankroll'] },
  { name: 'HOSTS', description: 'hosts', synonyms: ['host'] },
  { name: 'OWNS', description: 'owns', synonyms: ['own', 'owner'] },
  { name: 'MEMBER_OF', description: 'is a member of', synonyms: ['member of'] },
  {
    name: 'PARTICIPATES_IN',
    description: 'takes part in',
    synonyms: ['participate in', 'take part in', 'engage in', 'involve in'],
  },
  {
    name: 'HOLDS',
    description: 'holds an event',
    synonyms: ['hold', 'conduct', 'stage', 'organize', 'organise'],
  },
  { name: 'LAUNCHES', description: 'launches', synonyms: ['launch', 'fire'] },
  {
    name: 'WITHDRAWS_FROM',
    description: 'withdraws from',
    synonyms: ['withdraw from', 'pull out of', 'leave', 'exit'],
  },
  { name: 'NEGOTIATES_WITH', description: 'negotiates with', synonyms: ['negotiate', 'negotiation with'] },
  { name: 'AFFECTS', description: 'affects', synonyms: ['affect', 'impact', 'influence'] },
  { name: 'DEPENDS_ON', description: 'depends on', synonyms: ['depend on', 'rely on'] },
  { name: 'APPROVES', description: 'approves', synonyms: ['approve', 'adopt', 'pass', 'ratify'] },
  { name: 'CITIZEN_OF', description: 'is a national of', synonyms: ['citizen of', 'national of'] },
];

const byName = new Map(PREDICATES.map((p) => [p.name, p]));

/** Synonym phrase -> predicate name; the first predicate that lists a phrase keeps it. */
const bySynonym = new Map<string, string>();
for (const predicate of PREDICATES) {
  for (const synonym of predicate.synonyms)
    if (!bySynonym.has(synonym)) bySynonym.set(synonym, predicate.name);
}

/** The predicate a lemmatized phrase ("tighten sanction against", "invasion") maps to, if any. */
export function predicateForPhrase(phrase: string): string | undefined {
  return bySynonym.get(phrase);
}

/** "shut down" -> SHUT_DOWN: the name a verb with no entry gets. */
export function predicateFromLemma(phrase: string): string | undefined {
  const name = phrase
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return name.length > 0 && PREDICATE_PATTERN.test(name) ? name : undefined;
}

export function isKnownPredicate(name: string): boolean {
  return byName.has(name);
}

export function predicateDefinition(name: string): PredicateDefinition | undefined {
  return byName.get(name);
}

export function isValidRelationshipType(name: string): boolean {
  return PREDICATE_PATTERN.test(name);
}
