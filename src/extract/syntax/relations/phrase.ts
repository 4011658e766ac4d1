/**
 * The phrase that names an object which is not a named entity ("deal on China-UK tourism", "closure of
 * the US embassy in Minsk"): the object head's subtree in the basic tree, without determiners, possessive
 * pronouns, relative and other clauses, appositions, conjuncts (they are objects of their own) and
 * punctuation. Long phrases keep the head's own modifiers and their first prepositional modifier.
 */
import type { SentenceGraph } from './graph';

export interface PhraseObject {
  readonly sentence: number;
  /** Tokens [first, last], 1-based and inclusive: the span the phrase was cut from. */
  readonly first: number;
  readonly last: number;
  readonly head: number;
  /** The phrase as written, the dropped words left out ("its own payment system" -> "own payment system"). */
  readonly text: string;
  /** An act named by its noun ("closure of the embassy in Minsk" for "will close its embassy"): an EVENT. */
  readonly event?: boolean;
  /** A role of one state or organisation (HOLDS_TITLE's object, "lawyer of Acme"): named by its owner, so
   * never a generic noun even when the words written are one common noun ("EFF lawyer"). */
  readonly role?: boolean;
}

const DROPPED = new Set([
  'det',
  'det:predet',
  'det:qmod',
  'acl:relcl',
  'acl',
  'advcl',
  'appos',
  'conj',
  'cc',
  'cc:preconj',
  'punct',
  'parataxis',
  'dep',
  'ref',
  'mark',
  'discourse',
  'nmod:including',
  'nmod:such_as',
  'nmod:like',
  'obl:according_to',
]);

const MAX_TOKENS = 10;
/** Words that may stand inside a phrase though the phrase itself leaves them out. */
const FILLABLE = new Set([
  'det',
  'mark',
  'punct',
  'case',
  'aux',
  'aux:pass',
  'cop',
  'nmod:poss',
  'det:predet',
  'cc',
]);
const LEADING_TRIM = /^(IN|POS|TO|CC|DT|PRP\$|WDT|,|:|``|''|HYPH|-LRB-|-RRB-)$/;
const TRAILING_TRIM = /^(IN|POS|TO|CC|DT|,|:|\.|``|''|HYPH|-LRB-|-RRB-)$/;

/** The basic tree writes "according to X" as plain obl: the source is never part of what it said. */
function isAccordingTo(graph: SentenceGraph, dep: string, dependent: number): boolean {
  return dep.startsWith('obl') && graph.caseOf(dependent).startsWith('according');
}

function keep(graph: SentenceGraph, dep: string, dependent: number): boolean {
  if (DROPPED.has(dep) || DROPPED.has(dep.split(':')[0]!)) return false;
  // Possessive pronouns ("its own system") say nothing about which thing it is.
  if (dep === 'nmod:poss' && graph.isPronoun(dependent)) return false;
  if (isAccordingTo(graph, dep, dependent)) return false;
  // Nor are the members a noun lists ("artists including X"): they are objects of their own.
  if (dep.startsWith('nmod') && /^(including|such as|like)$/.test(graph.caseOf(dependent))) return false;
  return true;
}

function collect(graph: SentenceGraph, head: number, depth: number, into: Set<number>): void {
  into.add(head);
  if (depth === 0) return;
  for (const edge of graph.treeChildrenOf(head)) {
    if (!keep(graph, edge.dep, edge.dependent)) continue;
    collect(graph, edge.dependent, depth - 1, into);
  }
}

export function objectPhrase(
  graph: SentenceGraph,
  sentence: number,
  head: number,
  maxTokens = MAX_TOKENS,
): PhraseObject | undefined {
  let tokens = new Set<number>();
  collect(graph, head, 8, tokens);
  if (tokens.size > maxTokens) {
    tokens = new Set<number>();
    collect(graph, head, 2, tokens);
  }
  if (tokens.size > maxTokens) {
    tokens = new Set<number>([head]);
    for (const edge of graph.treeChildrenOf(head))
      if (
        ['compound', 'amod', 'nummod', 'flat', 'nmod:poss'].includes(edge.dep) &&
        keep(graph, edge.dep, edge.dependent)
      )
        tokens.add(edge.dependent);
  }
  return phraseFrom(graph, sentence, head, tokens);
}

/** Dependents a statement leaves out: the clauses beside it, not inside what was said. */
const STATEMENT_DROPPED = new Set(['parataxis', 'discourse', 'obl:according_to']);
/** How deep a statement's clause is read: far deeper than any sentence nests. */
const STATEMENT_DEPTH = 16;

/**
 * What someone said ("X said that S"; a quotation): the whole clause S, with its coordinated clauses,
 * lists, purposes and qualifiers, since a statement cut short says something else. undefined when the
 * clause is longer than `maxTokens`: no statement node then, rather than a truncated one.
 */
export function statementPhrase(
  graph: SentenceGraph,
  sentence: number,
  head: number,
  maxTokens: number,
): PhraseObject | undefined {
  const tokens = new Set<number>();
  const visit = (token: number, depth: number) => {
    tokens.add(token);
    if (depth === 0) return;
    for (const edge of graph.treeChildrenOf(token)) {
      if (STATEMENT_DROPPED.has(edge.dep) || STATEMENT_DROPPED.has(edge.dep.split(':')[0]!)) continue;
      if (isAccordingTo(graph, edge.dep, edge.dependent)) continue;
      visit(edge.dependent, depth - 1);
    }
  };
  visit(head, STATEMENT_DEPTH);
  if (tokens.size > maxTokens) return undefined;
  return phraseFrom(graph, sentence, head, tokens);
}

/** The phrase over `tokens` around `head`: gaps of function words filled, edges trimmed, as written. */
function phraseFrom(
  graph: SentenceGraph,
  sentence: number,
  head: number,
  tokens: ReadonlySet<number>,
): PhraseObject | undefined {
  let sorted = [...tokens].sort((a, b) => a - b);
  // Fill small gaps left by function words ("plans to change", "list of the members"); a gap left by a
  // dropped clause or apposition ends the phrase on that side of the head.
  // Conjuncts of the head may sit between it and a modifier they share ("names and addresses of X").
  const conjuncts = new Set<number>();
  for (const edge of graph.treeChildrenOf(head))
    if (edge.dep === 'conj' || edge.dep.startsWith('conj:')) collect(graph, edge.dependent, 3, conjuncts);
  const runs: number[][] = [[sorted[0]!]];
  for (const index of sorted.slice(1)) {
    const run = runs[runs.length - 1]!;
    const previous = run[run.length - 1]!;
    const gap: number[] = [];
    for (let t = previous + 1; t < index; t++) gap.push(t);
    if (gap.every((t) => conjuncts.has(t) || FILLABLE.has(graph.treeParentOf(t)?.dep ?? '')))
      run.push(...gap, index);
    else runs.push([index]);
  }
  sorted = runs.find((run) => run.includes(head)) ?? [head];
  // Trim function words and punctuation left at the edges ("of", "'s", "the"), but never the subject's
  // words ("This is ...", "the plan looked ..."): the tokens under the head's nsubj. A leading phrase whose
  // preposition or determiner went ("At the time it seemed") goes whole ("it seemed").
  const isSubject = (t: number) => {
    for (let x = t, hops = 0; x > 0 && hops < 16; hops += 1) {
      const up = graph.treeParentOf(x);
      if (up === undefined) return false;
      if (up.governor === head) return /^(nsubj|expl)/.test(up.dep);
      x = up.governor;
    }
    return false;
  };
  // Even in the subject, a coordinator left at the start ("as well as X", the rest of the list cut off)
  // and an indefinite article ("a rocket attack ... had been launched") go: a name does not start so.
  const loose = (t: number): boolean => {
    const up = graph.treeParentOf(t);
    if (up === undefined) return false;
    if (up.dep === 'cc' || up.dep === 'cc:preconj') return true;
    if (up.dep === 'fixed') return /^cc/.test(graph.treeParentOf(up.governor)?.dep ?? '');
    return up.dep === 'det' && /^an?$/i.test(graph.token(t)?.originalText ?? '');
  };
  for (;;) {
    const trimmed: number[] = [];
    while (sorted.length > 1) {
      const first = sorted[0]!;
      if (loose(first)) sorted.shift();
      else if (LEADING_TRIM.test(graph.pos(first)) && !isSubject(first)) trimmed.push(sorted.shift()!);
      else break;
    }
    const orphan = trimmed
      .map((t) => graph.treeParentOf(t)?.governor ?? 0)
      .find((p) => p !== head && p > 0 && sorted.includes(p));
    if (orphan === undefined) break;
    const inside = new Set<number>();
    collect(graph, orphan, 8, inside);
    const end = Math.max(...inside);
    if (end >= head || sorted.findIndex((t) => t > end) < 0) break;
    sorted = sorted.filter((t) => t > end);
  }
  // A closing bracket stays when its opening one is inside ("a loss of 40 yen (about 30 cents)").
  const closes = (t: number) =>
    graph.pos(t) === '-RRB-' &&
    sorted.filter((x) => graph.pos(x) === '-LRB-').length >
      sorted.filter((x) => graph.pos(x) === '-RRB-').length - 1;
  while (
    sorted.length > 1 &&
    TRAILING_TRIM.test(graph.pos(sorted[sorted.length - 1]!)) &&
    !closes(sorted[sorted.length - 1]!)
  )
    sorted.pop();
  let text = '';
  let previous = -1;
  for (const index of sorted) {
    const token = graph.token(index)!;
    if (previous >= 0) text += token.before.length > 0 ? ' ' : '';
    text += token.originalText;
    previous = index;
  }
  text = text.replace(/\s+/g, ' ').trim();
  // A quotation mark whose partner the phrase left out ("closure was a "real shame") is dropped.
  if ((text.match(/"/g) ?? []).length % 2 === 1) text = text.replace(/"/g, '').replace(/\s+/g, ' ').trim();
  if (!/[A-Za-z0-9]/.test(text)) return undefined;
  return { sentence, first: sorted[0]!, last: sorted[sorted.length - 1]!, head, text };
}
