/**
 * One sentence's dependency graphs, indexed once: outgoing and incoming edges per token for the
 * enhanced++ graph (what the readers walk: conjuncts propagated, relative pronouns replaced by their
 * referents, controlled subjects added) and children per token for the basic tree (what phrases are cut
 * from, since the enhanced graph has cycles). Building it is linear in the number of edges.
 */
import type { Dependency, Sentence, Token } from '../../../nlp/annotation';
import { ALLEGING_VERBS, APPOINTING_VERBS, isRoleNoun, REPORTING_VERBS } from './lexicon';

export interface Edge {
  /** The full relation, e.g. "obl:on", "nsubj:pass". */
  readonly dep: string;
  /** The relation before its first ":" ("obl"). */
  readonly base: string;
  /** What follows the first ":" ("on", "pass", "agent"), or "". */
  readonly sub: string;
  readonly governor: number;
  readonly dependent: number;
}

function toEdge(d: Dependency): Edge {
  const colon = d.dep.indexOf(':');
  return {
    dep: d.dep,
    base: colon < 0 ? d.dep : d.dep.slice(0, colon),
    sub: colon < 0 ? '' : d.dep.slice(colon + 1),
    governor: d.governor,
    dependent: d.dependent,
  };
}

/**
 * "X shot Y, the accused assassin of Z" is sometimes parsed with two objects (obj(shot, Y), obj(shot,
 * assassin)). UD gives a verb one direct object, so a second one set off by a comma right after the
 * first one's phrase is the first one's apposition. Returns the second object's token -> the first's.
 */
function misparsedAppositions(basic: readonly Dependency[], tokens: readonly Token[]): Map<number, number> {
  const objects = new Map<number, number[]>();
  for (const d of basic)
    if (d.dep === 'obj') objects.set(d.governor, [...(objects.get(d.governor) ?? []), d.dependent]);
  const out = new Map<number, number>();
  const pairs = [...objects.values()].filter((list) => list.length === 2);
  if (pairs.length === 0) return out; // the usual case: no tree to walk
  const children = new Map<number, number[]>();
  for (const d of basic) {
    const list = children.get(d.governor);
    if (list === undefined) children.set(d.governor, [d.dependent]);
    else list.push(d.dependent);
  }
  /** The first or last token of a token's subtree. */
  const extreme = (from: number, pick: (a: number, b: number) => number): number => {
    let best = from;
    for (const child of children.get(from) ?? []) best = pick(best, extreme(child, pick));
    return best;
  };
  for (const list of pairs) {
    const [first, second] = [...list].sort((a, b) => a - b) as [number, number];
    const start = extreme(second, Math.min);
    if (tokens[start - 2]?.word === ',' && extreme(first, Math.max) === start - 2) out.set(second, first);
  }
  return out;
}

/**
 * The dependencies with each misread `from` edge whose dependent `moved` maps turned into an apposition of
 * the token it maps to: a second object hung from the first one (`from` obj), a name hung from its role
 * noun instead of the organisation after it (`from` appos).
 */
function rehangAsApposition(
  deps: readonly Dependency[],
  moved: ReadonlyMap<number, number>,
  from: 'obj' | 'appos',
): readonly Dependency[] {
  if (moved.size === 0) return deps;
  return deps.map((d) => {
    const governor = moved.get(d.dependent);
    if (governor === undefined || d.dep !== from) return d;
    return { ...d, dep: 'appos', governor, governorGloss: '' };
  });
}

/**
 * "The chief executive of Corvane Motors, Daniel Hartley, has resigned" is parsed with the name in
 * apposition to the organisation (appos(Motors, Hartley)). A person's name set off after "ROLE of NAME"
 * (a proper noun no person) is the role's apposition, when the role has none. Returns the name's token ->
 * the role noun's.
 */
function misparsedRoleAppositions(
  basic: readonly Dependency[],
  tokens: readonly Token[],
): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of basic) {
    if (d.dep !== 'appos' || tokens[d.dependent - 1]?.ner !== 'PERSON') continue;
    const owner = tokens[d.governor - 1];
    if (owner === undefined || owner.ner === 'PERSON' || !/^NNPS?$/.test(owner.pos)) continue;
    const up = basic.find((e) => e.dependent === d.governor && e.dep === 'nmod');
    const role = up === undefined ? undefined : tokens[up.governor - 1];
    if (up === undefined || role === undefined || !/^NNS?$/.test(role.pos)) continue;
    if (!isRoleNoun(role.lemma.toLowerCase())) continue;
    if (basic.some((e) => e.governor === up.governor && e.dep === 'appos')) continue;
    out.set(d.dependent, up.governor);
  }
  return out;
}

/**
 * "Acme named Mary Cole publisher of the Tulsa World" is often parsed with the name as a compound of the
 * role (compound(publisher, Cole), obj(named, publisher)). After a verb that gives its object a role, a
 * person's name right before a role noun is the object, and the role its complement. Returns the role
 * noun's token -> the name's head.
 */
function misparsedAppointees(basic: readonly Dependency[], tokens: readonly Token[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of basic) {
    if (d.dep !== 'obj') continue;
    const verb = tokens[d.governor - 1];
    const role = tokens[d.dependent - 1];
    if (!verb || !role || !APPOINTING_VERBS.has(verb.lemma.toLowerCase()) || !role.pos.startsWith('NN'))
      continue;
    if (role.ner === 'PERSON' || !isRoleNoun(role.lemma.toLowerCase())) continue;
    const name = basic.find(
      (c) =>
        c.governor === d.dependent &&
        c.dep === 'compound' &&
        c.dependent < d.dependent &&
        tokens[c.dependent - 1]?.ner === 'PERSON' &&
        // The name ends where the role's words begin ("Mary Cole chief executive").
        tokens.slice(c.dependent, d.dependent - 1).every((t) => t.ner !== 'PERSON' && /^(JJ|NN)/.test(t.pos)),
    );
    if (name !== undefined) out.set(d.dependent, name.dependent);
  }
  return out;
}

/** The dependencies with each misparsed appointee as the verb's object and the role as its xcomp. */
function repairAppointees(
  deps: readonly Dependency[],
  appointees: ReadonlyMap<number, number>,
): readonly Dependency[] {
  if (appointees.size === 0) return deps;
  const names = new Map([...appointees].map(([role, name]) => [name, role]));
  return deps.map((d) => {
    if (d.dep === 'obj' && appointees.has(d.dependent)) return { ...d, dep: 'xcomp' };
    const role = names.get(d.dependent);
    if (role !== undefined && d.governor === role && d.dep === 'compound') {
      const verb = deps.find((o) => o.dep === 'obj' && o.dependent === role)?.governor ?? d.governor;
      return { ...d, dep: 'obj', governor: verb, governorGloss: '' };
    }
    return d;
  });
}

const RELATIVE_PRONOUN = /^(which|who|that)$/i;

/** "nsubj:pass" when the verb has a passive auxiliary, else "nsubj". */
function subjectRelation(basic: readonly Dependency[], verb: number): string {
  return basic.some((d) => d.governor === verb && d.dep === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
}

/** A dependency the repairs add (no glosses: the readers go by token index). */
function edge(dep: string, governor: number, dependent: number): Dependency {
  return { dep, governor, governorGloss: '', dependent, dependentGloss: '' };
}

/** Whether the token's lemma is a saying verb's (REPORTING_VERBS, ALLEGING_VERBS), whatever its tag. */
function sayingLemma(tokens: readonly Token[], t: number): boolean {
  const lemma = tokens[t - 1]?.lemma.toLowerCase() ?? '';
  return REPORTING_VERBS.has(lemma) || ALLEGING_VERBS.has(lemma);
}

/**
 * "Apple alleges Samsung copied the design" with "copied" tagged VBN comes out as dep(alleges, copied):
 * a clause with its own subject after a saying verb is what was said (ccomp). Returns those clauses.
 */
function misparsedReportedClauses(basic: readonly Dependency[], tokens: readonly Token[]): Set<number> {
  const clauses = new Set<number>();
  for (const d of basic)
    if (
      d.dep === 'dep' &&
      d.dependent > d.governor &&
      sayingVerb(tokens, d.governor) &&
      /^VB/.test(tokens[d.dependent - 1]?.pos ?? '') &&
      basic.some((e) => e.governor === d.dependent && e.dep === 'nsubj' && e.dependent > d.governor) &&
      // "will say what I have said": a free relative is a thing said, not a clause.
      !basic.some((e) => e.governor === d.dependent && /^W/.test(tokens[e.dependent - 1]?.pos ?? ''))
    )
      clauses.add(d.dependent);
  return clauses;
}

/** A saying verb tagged as a verb. */
function sayingVerb(tokens: readonly Token[], t: number): boolean {
  return sayingLemma(tokens, t) && /^VB/.test(tokens[t - 1]!.pos);
}

/** The dependencies with each misparsed reported clause (misparsedReportedClauses) as its verb's ccomp. */
function repairReportedClauses(
  deps: readonly Dependency[],
  clauses: ReadonlySet<number>,
  tokens: readonly Token[],
): readonly Dependency[] {
  if (clauses.size === 0) return deps;
  return deps.map((d) =>
    d.dep === 'dep' && clauses.has(d.dependent) && sayingVerb(tokens, d.governor)
      ? { ...d, dep: 'ccomp' }
      : d,
  );
}

/** A saying verb read as the clausal subject of a later verb (misparsedSaidClauses). */
interface SaidClause {
  /** The later verb, whose reporter the saying verb is. */
  readonly clause: number;
  /** Names hung as `dep` inside the saying verb's phrase that are the later verb's subjects. */
  readonly listed: ReadonlySet<number>;
}

/**
 * "Officials said Germany would join the talks" is often parsed as if "Officials said Germany" were the
 * subject of "join": csubj(join, said), obj(said, Germany). A saying verb as the clausal subject of a
 * later verb, with its objects between the two, is that verb's reporter: ccomp(said, join), the objects
 * the subject of "join", and "said" takes the place "join" had (the root). With no object ("It was said by
 * officials of the ministry Spain, Portugal and others will join the pact", a run-on the parser reads as
 * dep(ministry, Spain)), the names hung as `dep` right before the later verb are its subjects.
 * Returns the saying verb -> its clause.
 */
function misparsedSaidClauses(
  basic: readonly Dependency[],
  tokens: readonly Token[],
): Map<number, SaidClause> {
  const out = new Map<number, SaidClause>();
  for (const d of basic) {
    if (d.dep !== 'csubj' || d.dependent > d.governor) continue;
    const said = d.dependent;
    if (!sayingLemma(tokens, said)) continue;
    const objects = basic.filter((e) => e.governor === said && e.dep === 'obj');
    if (objects.some((e) => e.dependent > d.governor)) continue;
    if (objects.length > 0) {
      out.set(said, { clause: d.governor, listed: new Set() });
      continue;
    }
    const listed = runOnSubjects(basic, tokens, said, d.governor);
    if (listed.size > 0) out.set(said, { clause: d.governor, listed });
  }
  return out;
}

/**
 * The names a run-on sentence puts before `verb` inside the phrase of `said` (misparsedSaidClauses): a
 * proper noun hung as `dep` in said's subtree whose phrase (with its conjuncts) ends right before the
 * verb's auxiliaries, when the verb has no subject of its own. The noun and its conjuncts.
 */
function runOnSubjects(
  basic: readonly Dependency[],
  tokens: readonly Token[],
  said: number,
  verb: number,
): Set<number> {
  const listed = new Set<number>();
  if (basic.some((e) => e.governor === verb && /^(nsubj|expl)/.test(e.dep))) return listed;
  const head = new Map(basic.map((e) => [e.dependent, e] as const));
  const under = (t: number, top: number): boolean => {
    for (let x = t, steps = 0; x > 0 && steps < 64; steps += 1) {
      if (x === top) return true;
      x = head.get(x)?.governor ?? 0;
    }
    return false;
  };
  // The verb's own words before it: auxiliaries, adverbs, negation.
  let start = verb;
  while (
    start > 1 &&
    head.get(start - 1)?.governor === verb &&
    /^(aux|advmod)/.test(head.get(start - 1)!.dep)
  )
    start -= 1;
  for (const e of basic) {
    if (e.dep !== 'dep' || e.dependent <= said || e.dependent >= verb) continue;
    if (!/^NNP/.test(tokens[e.dependent - 1]?.pos ?? '') || !under(e.governor, said)) continue;
    // The list's last word: the largest token under the noun.
    let last = e.dependent;
    for (const f of basic)
      if (f.dependent > last && f.dependent < verb && under(f.dependent, e.dependent)) last = f.dependent;
    if (last !== start - 1) continue;
    listed.add(e.dependent);
    for (const f of basic)
      if (f.governor === e.dependent && f.dep.startsWith('conj')) listed.add(f.dependent);
  }
  return listed;
}

/** The dependencies with each misparsed saying verb (misparsedSaidClauses) as its clause's reporter. */
function repairSaidClauses(
  deps: readonly Dependency[],
  clauses: ReadonlyMap<number, SaidClause>,
): readonly Dependency[] {
  if (clauses.size === 0) return deps;
  const clauseOf = new Map([...clauses].map(([said, { clause }]) => [clause, said]));
  const listedIn = new Map<number, number>();
  for (const { clause, listed } of clauses.values()) for (const t of listed) listedIn.set(t, clause);
  const out: Dependency[] = [];
  for (const d of deps) {
    const clause = clauses.get(d.dependent)?.clause;
    // csubj(join, said) -> ccomp(said, join)
    if (clause !== undefined && d.governor === clause && d.dep === 'csubj') {
      out.push({
        ...d,
        dep: 'ccomp',
        governor: d.dependent,
        dependent: clause,
        governorGloss: '',
        dependentGloss: '',
      });
      continue;
    }
    // what governed "join" (the root) governs "said"
    const said = clauseOf.get(d.dependent);
    if (said !== undefined && !(d.governor === said)) {
      out.push({ ...d, dependent: said, dependentGloss: '' });
      continue;
    }
    // obj(said, Germany) -> nsubj(join, Germany)
    const to = clauses.get(d.governor)?.clause;
    if (to !== undefined && d.dep === 'obj') {
      out.push({ ...d, dep: 'nsubj', governor: to, governorGloss: '' });
      continue;
    }
    // dep(ministry, Spain) -> nsubj(join, Spain), each conjunct in the enhanced graph too
    const listedClause = listedIn.get(d.dependent);
    if (listedClause !== undefined && d.dep === 'dep') {
      out.push({ ...d, dep: 'nsubj', governor: listedClause, governorGloss: '' });
      continue;
    }
    out.push(d);
  }
  return out;
}

interface GerundMisparse {
  /** The gerund, its preposition, the name it takes as object, and the verb the phrase hangs from. */
  readonly gerund: number;
  readonly preposition: number;
  readonly object: number;
  readonly governor: number;
  readonly relation: string;
}

/**
 * "faced a fine after criticising referee Ola Berg", "rose after buying Alstom" are often parsed with the
 * gerund as an adjective of the name (amod(Berg, criticising) or amod(referee, criticising)) and the name
 * as the verb's oblique (obl:after(faced, Berg)). A gerund right after the preposition, modifying a proper
 * name (or a role noun before one), is the verb of an adverbial clause whose object is the name.
 */
function misparsedGerunds(basic: readonly Dependency[], tokens: readonly Token[]): GerundMisparse[] {
  const out: GerundMisparse[] = [];
  // A name's word, even one tagged NN ("Ola"): a proper noun or a capitalised noun.
  const named = (t: number) =>
    tokens[t - 1]?.pos.startsWith('NNP') === true ||
    (tokens[t - 1]?.pos.startsWith('NN') === true && /^\p{Lu}/u.test(tokens[t - 1]!.word));
  // Built only for a sentence with a candidate: most have none.
  let heads: Map<number, Dependency> | undefined;
  for (const d of basic) {
    // A capitalised gerund is a word of a name ("the Support for Working Families Act").
    if (d.dep !== 'amod' || tokens[d.dependent - 1]?.pos !== 'VBG') continue;
    if (!/^\p{Ll}/u.test(tokens[d.dependent - 1]!.word)) continue;
    const gerund = d.dependent;
    const preposition = gerund - 1;
    if (tokens[preposition - 1]?.pos !== 'IN') continue;
    const modified = d.governor;
    const head = (heads ??= new Map(basic.map((e) => [e.dependent, e])));
    // Up the name's compounds to its head ("Ola" of "Ola Berg", "referee" of "referee Ola Berg").
    let object = modified;
    while (head.get(object)?.dep === 'compound') object = head.get(object)!.governor;
    if (!named(object) || !(named(modified) || isRoleNoun(tokens[modified - 1]!.lemma.toLowerCase())))
      continue;
    const attachment = head.get(object);
    const caseEdge = head.get(preposition);
    if (attachment?.dep !== 'obl' || caseEdge?.dep !== 'case' || caseEdge.governor !== object) continue;
    const word = tokens[preposition - 1]!.word.toLowerCase();
    out.push({ gerund, preposition, object, governor: attachment.governor, relation: `advcl:${word}` });
  }
  return out;
}

/** The dependencies with each misparsed gerund (misparsedGerunds) as an adverbial clause; basic or enhanced++. */
function repairGerunds(
  deps: readonly Dependency[],
  fixes: readonly GerundMisparse[],
  enhanced: boolean,
): readonly Dependency[] {
  if (fixes.length === 0) return deps;
  const byToken = new Map<number, GerundMisparse>();
  for (const f of fixes) for (const t of [f.gerund, f.preposition, f.object]) byToken.set(t, f);
  const out = deps.filter((d) => !byToken.has(d.dependent));
  for (const f of fixes)
    out.push(
      edge(enhanced ? f.relation : 'advcl', f.governor, f.gerund),
      edge('mark', f.gerund, f.preposition),
      edge('obj', f.gerund, f.object),
    );
  return out;
}

interface RootRelative {
  /** The name (or noun) the parser made the root, its relative pronoun and verb, and the main verb. */
  readonly noun: number;
  readonly pronoun: number;
  readonly verb: number;
  readonly main: number;
  readonly subject: string;
}

/**
 * "Toyota, which employs 300,000 people, cut its output" is often parsed with the name as the root and
 * the rest hung from it and from each other any which way (acl:relcl(Toyota, cut), nsubj(cut, employs),
 * obj(cut, which); or dep(Toyota, cut), dep(cut, bought)). When the root is a noun followed by ", which"
 * (or "who", "that") and a finite verb whose clause ends at the next comma, and a verb (or its auxiliary)
 * follows that comma and any adverbs, the first verb heads the noun's relative clause and the second is the sentence's
 * predicate with the noun as its subject. Only what the clause's own words hang from is checked: they
 * must already hang inside the clause.
 */
function rootRelative(basic: readonly Dependency[], tokens: readonly Token[]): RootRelative | undefined {
  const root = basic.find((d) => d.governor === 0)?.dependent;
  if (root === undefined || !tokens[root - 1]?.pos.startsWith('NN')) return undefined;
  const noun = root;
  const pronoun = noun + 2;
  const verb = noun + 3;
  if (tokens[noun]?.word !== ',' || !RELATIVE_PRONOUN.test(tokens[pronoun - 1]?.word ?? '')) return undefined;
  if (!/^VB[ZDP]$/.test(tokens[verb - 1]?.pos ?? '')) return undefined;
  let comma = verb + 1;
  while (comma <= tokens.length && tokens[comma - 1]!.word !== ',') comma += 1;
  if (comma >= tokens.length) return undefined;
  const head = new Map(basic.map((d) => [d.dependent, d]));
  for (let t = verb + 1; t < comma; t += 1) {
    const g = head.get(t)?.governor ?? -1;
    if (g < verb || g >= comma) return undefined;
  }
  // Adverbs may stand before the main verb (", recently bought").
  let next = comma + 1;
  while (/^RB/.test(tokens[next - 1]?.pos ?? '')) next += 1;
  const nextEdge = head.get(next);
  const main =
    tokens[next - 1]?.pos === 'MD' || /^(aux|aux:pass|cop)$/.test(nextEdge?.dep ?? '')
      ? (nextEdge?.governor ?? -1)
      : /^VB[ZDP]$/.test(tokens[next - 1]?.pos ?? '')
        ? next
        : -1;
  if (main <= comma) return undefined;
  return { noun, pronoun, verb, main, subject: subjectRelation(basic, main) };
}

/** The dependencies with a misparsed root relative (rootRelative) rewritten; basic and enhanced++ alike. */
function repairRootRelative(
  deps: readonly Dependency[],
  fix: RootRelative | undefined,
  enhanced: boolean,
): readonly Dependency[] {
  if (fix === undefined) return deps;
  const { noun, pronoun, verb, main, subject } = fix;
  const moved = new Set([noun, pronoun, verb, main]);
  const out = deps.filter((d) => !moved.has(d.dependent));
  out.push(edge('ROOT', 0, main), edge(subject, main, noun), edge('acl:relcl', noun, verb));
  // In enhanced++ the noun stands for its pronoun as the relative verb's subject.
  if (enhanced) out.push(edge('nsubj', verb, noun), edge('ref', noun, pronoun));
  else out.push(edge('nsubj', verb, pronoun));
  return out;
}

/**
 * ", Ann Roe, who has worked with Siemens," left hanging from another word as dep(X, worked) with
 * nsubj(worked, who): a clause whose subject is a relative pronoun right after a comma after a noun is
 * that noun's relative clause (acl:relcl(Roe, worked)); in enhanced++ the noun is its subject.
 */
function misparsedRelativeDeps(
  basic: readonly Dependency[],
  tokens: readonly Token[],
): Map<number, { noun: number; pronoun: number }> {
  const clauses = new Map<number, { noun: number; pronoun: number }>();
  for (const d of basic) {
    if (d.dep !== 'dep' || !tokens[d.dependent - 1]?.pos.startsWith('VB')) continue;
    const pronoun = basic.find(
      (e) =>
        e.governor === d.dependent &&
        e.dep.startsWith('nsubj') &&
        RELATIVE_PRONOUN.test(tokens[e.dependent - 1]?.word ?? ''),
    )?.dependent;
    if (pronoun === undefined || pronoun > d.dependent || tokens[pronoun - 2]?.word !== ',') continue;
    const noun = pronoun - 2;
    if (noun === d.governor || !tokens[noun - 1]?.pos.startsWith('NN')) continue;
    clauses.set(d.dependent, { noun, pronoun });
  }
  return clauses;
}

/** The dependencies with each misparsed relative clause (misparsedRelativeDeps) as its noun's acl:relcl. */
function repairRelativeDeps(
  deps: readonly Dependency[],
  clauses: ReadonlyMap<number, { noun: number; pronoun: number }>,
  enhanced: boolean,
): readonly Dependency[] {
  if (clauses.size === 0) return deps;
  const out: Dependency[] = [];
  for (const d of deps) {
    const clause = clauses.get(d.dependent);
    if (clause !== undefined && d.dep === 'dep') {
      out.push({ ...d, dep: 'acl:relcl', governor: clause.noun, governorGloss: '' });
      continue;
    }
    const own = clauses.get(d.governor);
    if (enhanced && own !== undefined && d.dependent === own.pronoun && d.dep.startsWith('nsubj')) {
      out.push({ ...d, dependent: own.noun, dependentGloss: '' });
      out.push({ ...d, dep: 'ref', governor: own.noun, governorGloss: '' });
      continue;
    }
    out.push(d);
  }
  return out;
}

export class SentenceGraph {
  readonly tokens: readonly Token[];
  private readonly out: Edge[][];
  private readonly inc: Edge[][];
  private readonly treeChildren: Edge[][];
  private readonly treeParent: (Edge | undefined)[];

  constructor(readonly sentence: Sentence) {
    this.tokens = sentence.tokens;
    const n = sentence.tokens.length + 1;
    this.out = Array.from({ length: n }, () => []);
    this.inc = Array.from({ length: n }, () => []);
    this.treeChildren = Array.from({ length: n }, () => []);
    this.treeParent = new Array<Edge | undefined>(n).fill(undefined);
    const tokens = sentence.tokens;
    const parsed = sentence.basicDependencies ?? sentence.enhancedPlusPlusDependencies ?? [];
    // The parser's misreadings are found once, on the basic tree, and repaired in both graphs alike.
    const said = misparsedSaidClauses(parsed, tokens);
    const relative = rootRelative(parsed, tokens);
    const relativeDeps = misparsedRelativeDeps(parsed, tokens);
    const reported = misparsedReportedClauses(parsed, tokens);
    const gerunds = misparsedGerunds(parsed, tokens);
    const roleAppositions = misparsedRoleAppositions(parsed, tokens);
    const repair = (deps: readonly Dependency[], enhanced: boolean) =>
      rehangAsApposition(
        repairGerunds(
          repairReportedClauses(
            repairRelativeDeps(
              repairRootRelative(repairSaidClauses(deps, said), relative, enhanced),
              relativeDeps,
              enhanced,
            ),
            reported,
            tokens,
          ),
          gerunds,
          enhanced,
        ),
        roleAppositions,
        'appos',
      );
    const basicInput = repair(parsed, false);
    const appositions = misparsedAppositions(basicInput, tokens);
    const appointees = misparsedAppointees(basicInput, tokens);
    const enhancedInput = sentence.enhancedPlusPlusDependencies ?? sentence.basicDependencies ?? [];
    const enhanced = repairAppointees(
      rehangAsApposition(repair(enhancedInput, true), appositions, 'obj'),
      appointees,
    );
    for (const d of enhanced) {
      if (d.governor >= n || d.dependent >= n) continue;
      const edge = toEdge(d);
      this.out[d.governor]!.push(edge);
      this.inc[d.dependent]!.push(edge);
    }
    const basic = repairAppointees(rehangAsApposition(basicInput, appositions, 'obj'), appointees);
    const seen = new Set<number>();
    for (const d of basic) {
      if (d.governor >= n || d.dependent >= n) continue;
      // The basic graph is a tree; when only the enhanced one is there, keep each token's first head.
      if (seen.has(d.dependent)) continue;
      seen.add(d.dependent);
      const edge = toEdge(d);
      this.treeChildren[d.governor]!.push(edge);
      this.treeParent[d.dependent] = edge;
    }
  }

  /** Token at a 1-based index. */
  token(index: number): Token | undefined {
    return this.tokens[index - 1];
  }

  lemma(index: number): string {
    const t = this.token(index);
    return t ? t.lemma.toLowerCase() : '';
  }

  word(index: number): string {
    const t = this.token(index);
    return t ? t.word.toLowerCase() : '';
  }

  pos(index: number): string {
    return this.token(index)?.pos ?? '';
  }

  outgoing(index: number): readonly Edge[] {
    return this.out[index] ?? [];
  }

  incoming(index: number): readonly Edge[] {
    return this.inc[index] ?? [];
  }

  /** Outgoing edges whose base relation is one of `bases` (e.g. "nsubj", "obl"). */
  children(index: number, ...bases: string[]): Edge[] {
    return this.outgoing(index).filter((e) => bases.includes(e.base));
  }

  /** Outgoing edges with exactly this relation ("nsubj:pass", "obl:agent"). */
  childrenExact(index: number, ...deps: string[]): Edge[] {
    return this.outgoing(index).filter((e) => deps.includes(e.dep));
  }

  hasChild(index: number, ...deps: string[]): boolean {
    return this.outgoing(index).some((e) => deps.includes(e.dep) || deps.includes(e.base));
  }

  /** Children in the basic tree. */
  treeChildrenOf(index: number): readonly Edge[] {
    return this.treeChildren[index] ?? [];
  }

  /** The edge to a token's head in the basic tree. */
  treeParentOf(index: number): Edge | undefined {
    return this.treeParent[index];
  }

  /** The token of a nominal's case marker ("including" of "including X"), or the nominal itself. */
  caseMarkerBefore(index: number): number {
    return this.outgoing(index).find((e) => e.dep === 'case')?.dependent ?? index;
  }

  /** The case marker of a nominal ("on" for "on China"), lower case, or "". */
  caseOf(index: number): string {
    const marker = this.outgoing(index).find((e) => e.dep === 'case');
    if (!marker) return '';
    const fixed = this.outgoing(marker.dependent)
      .filter((e) => e.dep === 'fixed')
      .map((e) => this.word(e.dependent));
    return [this.word(marker.dependent), ...fixed].join(' ');
  }

  isVerb(index: number): boolean {
    return this.pos(index).startsWith('VB');
  }

  isNoun(index: number): boolean {
    const p = this.pos(index);
    return p.startsWith('NN');
  }

  isPronoun(index: number): boolean {
    const p = this.pos(index);
    return p === 'PRP' || p === 'PRP$' || p === 'WP' || p === 'WP$' || p === 'WDT';
  }
}
