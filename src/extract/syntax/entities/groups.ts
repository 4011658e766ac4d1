/**
 * Grouping mentions into entities: one name is one entity; a surname alone joins the one person whose
 * name ends with it; an acronym joins the one organisation whose initials it spells; coreference chains
 * join names that are compatible and bring pronouns and descriptions. Guards: never two people on a
 * shared first name, never a person with an organisation, never a place with an organisation (a club
 * with its city, a company with its country).
 */
import type { CorefMention } from '../../../nlp/annotation';
import { gazetteer } from '../../gazetteer';
import { isEnglishWord, isFirstName } from '../../lexicon/english-words';
import { ORGANIZATION_HEADS } from '../../lexicon/organizations';
import type { EntityType } from '../../../vocabulary';
import { list } from '../lexicon';
import { quoteSpeakerTokens, type DocumentView } from './document';
import type { Draft } from './drafts';

export type Family = 'person' | 'org' | 'place' | 'other';

export function familyOf(type: EntityType): Family {
  if (type === 'PERSON') return 'person';
  if (type === 'ORGANIZATION') return 'org';
  if (type === 'COUNTRY' || type === 'CITY' || type === 'LOCATION' || type === 'FACILITY') return 'place';
  return 'other';
}

export interface CorefAttachment {
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
  readonly head: number;
  /** A description's text ("the company"), undefined for a pronoun. */
  readonly description?: string;
}

export interface Group {
  readonly index: number;
  drafts: Draft[];
  coref: CorefAttachment[];
  type: EntityType;
  /** Merged into another group. */
  mergedInto: number;
}

/** Lower case, references decoded already, no leading "the", no possessive. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function words(name: string): string[] {
  return nameKey(name)
    .split(' ')
    .filter((w) => w !== '');
}

class Groups {
  readonly list: Group[] = [];

  add(draft: Draft): Group {
    const group: Group = {
      index: this.list.length,
      drafts: [draft],
      coref: [],
      type: draft.type,
      mergedInto: -1,
    };
    draft.group = group.index;
    this.list.push(group);
    return group;
  }

  find(index: number): Group {
    let g = this.list[index]!;
    while (g.mergedInto >= 0) g = this.list[g.mergedInto]!;
    return g;
  }

  merge(a: Group, b: Group): Group {
    const x = this.find(a.index);
    const y = this.find(b.index);
    if (x === y) return x;
    const [keep, gone] = x.index < y.index ? [x, y] : [y, x];
    keep.drafts.push(...gone.drafts);
    keep.coref.push(...gone.coref);
    gone.drafts = [];
    gone.coref = [];
    gone.mergedInto = keep.index;
    keep.type = decideType(keep.drafts);
    return keep;
  }

  live(): Group[] {
    return this.list.filter((g) => g.mergedInto < 0 && g.drafts.length > 0);
  }
}

/**
 * The type of a group: the NER's majority (phrases count half), overturned by context summed over the
 * group's mentions: a "person" with two organisation cues is an organisation, a place with a club cue is
 * a club. Any organisation head word in a name ("... Records") makes it an organisation.
 */
export function decideType(drafts: readonly Draft[]): EntityType {
  const votes = new Map<EntityType, number>();
  let orgCues = 0;
  let clubCues = 0;
  let strong = false;
  for (const d of drafts) {
    votes.set(d.type, (votes.get(d.type) ?? 0) + (d.source === 'phrase' ? 0.5 : 1));
    orgCues += d.orgCues;
    clubCues += d.clubCues;
    strong ||= d.strongOrg;
  }
  let best: EntityType = drafts[0]!.type;
  let bestVotes = -1;
  for (const [type, n] of votes) {
    if (n > bestVotes) {
      best = type;
      bestVotes = n;
    }
  }
  const family = familyOf(best);
  if (strong && family !== 'other') return 'ORGANIZATION';
  // A first name and a surname labelled PERSON make a person, whatever the surname alone was labelled.
  if (
    family !== 'person' &&
    orgCues < 2 &&
    drafts.some((d) => d.ner === 'PERSON' && isPersonalName(d.name))
  ) {
    return 'PERSON';
  }
  if (family === 'person' && orgCues >= 2) return 'ORGANIZATION';
  if (family === 'place' && clubCues >= 1 && !drafts.some((d) => d.type === 'COUNTRY')) return 'ORGANIZATION';
  return best;
}

/** "Maria Lopez": two to four capitalized words, the first a known first name. */
export function isPersonalName(name: string): boolean {
  const parts = name.split(/\s+/);
  return (
    parts.length >= 2 && parts.length <= 4 && parts.every((p) => /^\p{Lu}/u.test(p)) && isFirstName(parts[0]!)
  );
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(Of|The|And|For)$/.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

/**
 * "Ohio Acme Stores": a place and the plural of an organisation's name are that organisation's
 * branches there; the mention joins the organisation.
 */
function readBranches(drafts: readonly Draft[]): void {
  const names = new Map<string, string>();
  for (const d of drafts) if (d.type === 'ORGANIZATION') names.set(nameKey(d.name), d.name);
  for (const d of drafts) {
    if (d.type !== 'ORGANIZATION') continue;
    const parts = d.name.split(' ');
    if (parts.length < 2 || gazetteer().place(parts[0]!) === undefined) continue;
    const rest = parts.slice(1).join(' ');
    if (!/s$/.test(rest)) continue;
    const singular = names.get(nameKey(rest.slice(0, -1)));
    if (singular !== undefined) d.name = singular;
  }
}

export function groupDrafts(doc: DocumentView, drafts: readonly Draft[]): Group[] {
  readBranches(drafts);
  const groups = new Groups();
  const byKey = new Map<string, Group>();
  for (const draft of drafts) {
    const key = draft.key ?? `name:${nameKey(draft.name)}`;
    const existing = byKey.get(key);
    if (existing === undefined) byKey.set(key, groups.add(draft));
    else {
      const g = groups.find(existing.index);
      g.drafts.push(draft);
      draft.group = g.index;
    }
  }
  for (const draft of drafts) {
    const other = draft.sameAs === undefined ? undefined : byKey.get(`name:${draft.sameAs}`);
    if (other !== undefined) groups.merge(groups.find(draft.group), other);
  }
  for (const g of groups.live()) g.type = decideType(g.drafts);
  joinShortForms(doc, groups);
  joinOrganisationVariants(groups);
  joinByCoreference(doc, groups);
  return groups.live();
}

/** Where the group is first mentioned (a character offset). */
function firstStart(group: Group): number {
  return Math.min(...group.drafts.map((d) => d.start));
}

function canonicalDraft(group: Group): Draft {
  let best = group.drafts[0]!;
  for (const d of group.drafts) if (words(d.name).length > words(best.name).length) best = d;
  return best;
}

function alive(g: Group): boolean {
  return g.mergedInto < 0 && g.drafts.length > 0;
}

/** Surnames, first words of organisation names and acronyms that point at exactly one longer name. */
function joinShortForms(doc: DocumentView, groups: Groups): void {
  const live = groups.live();
  const people = live.filter((g) => g.type === 'PERSON' && words(canonicalDraft(g).name).length >= 2);
  const orgs = live.filter((g) => g.type === 'ORGANIZATION' && words(canonicalDraft(g).name).length >= 2);
  for (const g of live) {
    if (g.mergedInto >= 0 || g.drafts[0]!.key?.startsWith('place:') === true) continue;
    const name = canonicalDraft(g).name;
    const w = words(name);
    if (w.length !== 1) continue;
    const word = w[0]!;
    if (g.type === 'PERSON' || g.type === 'ORGANIZATION') {
      const surnames = people.filter((p) => alive(p) && words(canonicalDraft(p).name).slice(-1)[0] === word);
      const cued = g.drafts.some((d) => d.orgCues > 0 || d.strongOrg);
      const led = orgs.filter((o) => alive(o) && words(canonicalDraft(o).name)[0] === word);
      // "Halvorsen" (a person to the NER) for "Halvorsen Foods": the one organisation whose name it begins,
      // when a mention has an organisation's cue ("Halvorsen's chief executive"), or when the firm was named
      // before it and no person with the name was ("Harlow will pay" after "Harlow Foods", before "Peter
      // Harlow"). A founder is often named by the surname his firm bears ("said Epps, owner of Epps
      // Aviation"): without either, the word stays a person.
      const before = (x: Group): boolean => firstStart(x) < firstStart(g);
      const toOrg =
        led.length === 1 && (cued || (before(led[0]!) && !surnames.some(before) && !isFirstName(name)));
      if (surnames.length === 1 && !toOrg && (g.type === 'PERSON' || !cued)) {
        groups.merge(surnames[0]!, g);
        continue;
      }
      if (g.type === 'PERSON' && toOrg) {
        const merged = groups.merge(led[0]!, g);
        merged.type = 'ORGANIZATION';
        continue;
      }
      // "Alfonso" in a quote after "Alfonso Cuaron": a known first name alone is the one person in the
      // article who has it (two people who share it are never joined).
      if (g.type === 'PERSON' && surnames.length === 0 && isFirstName(name)) {
        const firsts = people.filter((p) => alive(p) && words(canonicalDraft(p).name)[0] === word);
        const all = live.filter(
          (p) => alive(p) && p.type === 'PERSON' && words(canonicalDraft(p).name)[0] === word,
        );
        if (firsts.length === 1 && all.length === 2) {
          groups.merge(firsts[0]!, g);
          continue;
        }
      }
      // "Quill" (a person to the NER) and "Dravo Quill" (an organisation to it, once): one person.
      if (g.type === 'PERSON' && surnames.length === 0) {
        const named = live.filter((o) => {
          if (!alive(o) || o === g || familyOf(o.type) === 'place') return false;
          const ow = words(canonicalDraft(o).name);
          const cued = o.drafts.some((d) => d.strongOrg || d.orgCues > 0);
          return ow.length === 2 && ow[1] === word && !cued && !isEnglishWord(ow[0]!);
        });
        if (named.length === 1) {
          const merged = groups.merge(named[0]!, g);
          merged.type = 'PERSON';
          continue;
        }
      }
    }
    if (g.type === 'ORGANIZATION' || g.type === 'CONCEPT') {
      if (/^\p{Lu}{2,}$/u.test(name)) {
        const spelled = orgs.filter((o) => alive(o) && initials(canonicalDraft(o).name) === name);
        if (spelled.length === 1) {
          groups.merge(spelled[0]!, g);
          continue;
        }
      }
      // "Calder" for "Calder Mills", "Hawks" for "Easton Hawks": one organisation only.
      const nerSaidOrg = g.drafts.some((d) => d.ner === 'ORGANIZATION');
      if (nerSaidOrg || !isEnglishWord(word)) {
        const led = orgs.filter((o) => alive(o) && words(canonicalDraft(o).name)[0] === word);
        if (led.length === 1) {
          groups.merge(led[0]!, g);
          continue;
        }
      }
      const ended = orgs.filter((o) => alive(o) && words(canonicalDraft(o).name).slice(-1)[0] === word);
      if (ended.length !== 1) continue;
      if (!ORGANIZATION_HEADS.has(name) && /s$/.test(word)) groups.merge(ended[0]!, g);
      // "the Labs", "the Foundation": the capitalized head word of the one organisation whose name ends
      // with it, always after "the" (a head word alone names nothing).
      else if (ORGANIZATION_HEADS.has(name) && g.drafts.every((d) => definite(doc, d)))
        groups.merge(ended[0]!, g);
    }
  }
}

/**
 * The draft follows "the" ("the Labs' director", "The Foundation said") and is no head of a longer name
 * ("the Commission on Veterans Pensions").
 */
function definite(doc: DocumentView, draft: Draft): boolean {
  const tokens = doc.sentences[draft.sentence]?.tokens ?? [];
  const after = tokens[draft.last]?.word.toLowerCase() ?? '';
  if (/^(of|on|for|in)$/.test(after) && /^\p{Lu}/u.test(tokens[draft.last + 1]?.word ?? '')) return false;
  return tokens[draft.first - 2]?.word.toLowerCase() === 'the';
}

/** Org names that differ by a plural ("Calder Mill Group", "Calder Mills Group") or that one's words lead the other's. */
function joinOrganisationVariants(groups: Groups): void {
  const orgs = groups.live().filter((g) => g.type === 'ORGANIZATION');
  const stem = (w: string): string => (w.length > 3 ? w.replace(/s$/, '') : w);
  const byStem = new Map<string, Group>();
  for (const g of orgs) {
    const key = words(canonicalDraft(g).name).map(stem).join(' ');
    const other = byStem.get(key);
    if (other !== undefined) groups.merge(other, g);
    else byStem.set(key, g);
  }
  const live = orgs.filter(alive);
  for (const g of live) {
    // A group merged into a shorter name earlier in this loop has no drafts left.
    if (!alive(g)) continue;
    const w = words(canonicalDraft(g).name);
    if (w.length < 2) continue;
    const longer = live.filter((o) => {
      if (!alive(o) || o === g) return false;
      const ow = words(canonicalDraft(o).name);
      return ow.length > w.length && w.every((x, i) => ow[i] === x);
    });
    if (longer.length === 1) groups.merge(longer[0]!, g);
  }
}

/** Two groups may be one entity: same family, and one name's words within the other's (or an acronym). */
function compatible(a: Group, b: Group, firstNames: ReadonlyMap<string, number>): boolean {
  const fa = familyOf(a.type);
  const fb = familyOf(b.type);
  if (fa !== fb || fa === 'other') return false;
  if (a.drafts.some((d) => d.key?.startsWith('place:')) && b.drafts.some((d) => d.key?.startsWith('place:')))
    return false;
  const na = canonicalDraft(a).name;
  const nb = canonicalDraft(b).name;
  const wa = words(na);
  const wb = words(nb);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 1 && /^\p{Lu}{2,}$/u.test(short.length === wa.length ? na : nb)) {
    const acronym = (short.length === wa.length ? na : nb).toLowerCase();
    if (initials(short.length === wa.length ? nb : na).toLowerCase() === acronym) return true;
  }
  if (!short.every((w) => long.includes(w))) return false;
  if (fa === 'person' && short.length === 1 && long[0] === short[0]) {
    // A first name alone joins a full name only when one person in the article has that first name.
    return (firstNames.get(short[0]!) ?? 0) === 1;
  }
  return true;
}

interface Located {
  readonly mention: CorefMention;
  readonly sentence: number;
  readonly group: Group | undefined;
}

/** Joins groups and brings pronouns and descriptions through CoreNLP's coreference chains. */
function joinByCoreference(doc: DocumentView, groups: Groups): void {
  const at = new Map<string, number>();
  for (const g of groups.live()) {
    for (const d of g.drafts)
      for (let t = d.first; t <= d.last; t += 1) at.set(`${d.sentence}:${t}`, g.index);
  }
  const firstNames = new Map<string, number>();
  for (const g of groups.live()) {
    if (g.type !== 'PERSON') continue;
    const w = words(canonicalDraft(g).name);
    if (w.length >= 2) firstNames.set(w[0]!, (firstNames.get(w[0]!) ?? 0) + 1);
  }
  const chains = Object.values(doc.chains);
  const pending: { located: Located; group: Group }[] = [];
  for (const chain of chains) {
    const located: Located[] = chain.map((mention) => {
      const sentence = mention.sentNum - 1;
      const index = at.get(`${sentence}:${mention.headIndex}`);
      return { mention, sentence, group: index === undefined ? undefined : groups.find(index) };
    });
    // Join the named groups that are compatible with the chain's first named group.
    const named = [...new Set(located.map((l) => l.group).filter((g): g is Group => g !== undefined))];
    if (named.length === 0) continue;
    let anchor = groups.find(named[0]!.index);
    const others: Group[] = [];
    for (const g of named.slice(1)) {
      const live = groups.find(g.index);
      if (live === anchor) continue;
      if (compatible(anchor, live, firstNames)) anchor = groups.merge(anchor, live);
      else others.push(live);
    }
    const distinct = others.filter((o) => groups.find(o.index) !== groups.find(anchor.index));
    for (const l of located) {
      if (l.group !== undefined) continue;
      const m = l.mention;
      // With several incompatible names in one chain, a pronoun takes the nearest name before it.
      let target = groups.find(anchor.index);
      if (distinct.length > 0) {
        const before = located.filter(
          (x) =>
            x.group !== undefined &&
            (x.sentence < l.sentence || (x.sentence === l.sentence && x.mention.startIndex < m.startIndex)),
        );
        const nearest = before[before.length - 1];
        if (nearest === undefined) continue;
        target = groups.find(nearest.group!.index);
        // Weak evidence: the chain disagrees with itself; descriptions wait for a clean chain.
        if (m.type !== 'PRONOMINAL') continue;
      }
      pending.push({ located: l, group: boundSubject(doc, l, at, groups) ?? target });
    }
  }
  attachWithQuoteGuard(doc, groups, pending, at);
}

/**
 * "X, who lost his agent after he broke with Y": "he" as the subject of an adverbial clause is the
 * subject of the clause it modifies (through a relative pronoun to the noun it stands for), when that
 * subject is a named person; this binds tighter than a chain built from salience across sentences.
 */
function boundSubject(
  doc: DocumentView,
  l: Located,
  at: ReadonlyMap<string, number>,
  groups: Groups,
): Group | undefined {
  const m = l.mention;
  if (m.type !== 'PRONOMINAL' || !['he', 'she'].includes(m.text.toLowerCase())) return undefined;
  const view = doc.sentences[l.sentence];
  if (view === undefined || view.relation[m.headIndex] !== 'nsubj') return undefined;
  const clause = view.governor[m.headIndex] ?? -1;
  if (clause <= 0 || view.relation[clause] !== 'advcl') return undefined;
  const verb = view.governor[clause] ?? -1;
  if (verb <= 0) return undefined;
  let subject = (view.dependents[verb] ?? []).find((d) => view.relation[d] === 'nsubj');
  if (subject === undefined) return undefined;
  if (/^WP/.test(view.tokens[subject - 1]!.pos) && view.relation[verb] === 'acl:relcl')
    subject = view.governor[verb] ?? -1;
  const index = at.get(`${l.sentence}:${subject}`);
  if (index === undefined) return undefined;
  const group = groups.find(index);
  return group.type === 'PERSON' ? group : undefined;
}

/**
 * Attaches chain mentions to their groups. A pronoun inside a quotation is checked against the quote's
 * speaker: "I" must be the speaker, "he"/"she" must not be; otherwise it stays unresolved.
 */
function attachWithQuoteGuard(
  doc: DocumentView,
  groups: Groups,
  pending: readonly { located: Located; group: Group }[],
  at: Map<string, number>,
): void {
  const first = list('firstPersonPronouns');
  const third = list('thirdPersonPronouns');
  const outside = pending.filter((p) => !inQuote(doc, p.located));
  const inside = pending.filter((p) => inQuote(doc, p.located));
  for (const p of outside) attach(doc, groups, p.located, p.group, at);
  for (const p of inside) {
    const m = p.located.mention;
    const word = m.text.toLowerCase();
    const speaker = speakerOf(doc, p.located.sentence, at, groups);
    const group = groups.find(p.group.index);
    if (m.type === 'PRONOMINAL' && first.has(word) && speaker !== undefined && speaker !== group) continue;
    if (m.type === 'PRONOMINAL' && third.has(word) && speaker === group) continue;
    attach(doc, groups, p.located, group, at);
  }
}

function inQuote(doc: DocumentView, l: Located): boolean {
  return doc.sentences[l.sentence]?.inQuote[l.mention.headIndex] === true;
}

function attach(doc: DocumentView, groups: Groups, l: Located, group: Group, at: Map<string, number>): void {
  const view = doc.sentences[l.sentence];
  if (view === undefined) return;
  const m = l.mention;
  const g = groups.find(group.index);
  // Numbers and dates take no pronouns or descriptions ("the sources" is not "20 sources").
  if (familyOf(g.type) === 'other' && g.type !== 'CONCEPT') return;
  // "It" is never a person, whatever the NER called the name its chain holds (a person's name as ORG).
  if (
    m.type === 'PRONOMINAL' &&
    familyOf(g.type) === 'person' &&
    list('nonPersonPronouns').has(m.text.toLowerCase())
  )
    return;
  // A pronoun, or a repeated name that no draft covers (an acronym the NER left out: "the EFF"), stands
  // for the group where it is.
  if (m.type === 'PRONOMINAL' || (m.type === 'PROPER' && !at.has(`${l.sentence}:${m.headIndex}`))) {
    g.coref.push({ sentence: l.sentence, first: m.startIndex, last: m.endIndex - 1, head: m.headIndex });
    at.set(`${l.sentence}:${m.headIndex}`, g.index);
    return;
  }
  if (m.type !== 'NOMINAL') return;
  // A description: its words up to its head ("the Danish bank", not what follows a comma).
  const last = Math.max(m.startIndex, Math.min(m.headIndex, m.endIndex - 1));
  const tokens = view.tokens.slice(m.startIndex - 1, last);
  if (tokens.some((t) => t.ner !== 'O' && t.pos.startsWith('NNP') && familyOf(g.type) !== 'place')) {
    // "Acme subscribers" is about subscribers, not Acme.
    if (tokens[tokens.length - 1]!.pos.startsWith('NN') && !tokens[tokens.length - 1]!.pos.startsWith('NNP'))
      return;
  }
  const head = view.tokens[m.headIndex - 1];
  if (head === undefined || !head.pos.startsWith('NN') || head.pos.startsWith('NNP')) return;
  if (familyOf(g.type) === 'person' && m.animacy === 'INANIMATE') return;
  const text = doc.text.slice(tokens[0]!.characterOffsetBegin, tokens[tokens.length - 1]!.characterOffsetEnd);
  g.coref.push({ sentence: l.sentence, first: m.startIndex, last, head: m.headIndex, description: text });
}

/**
 * The group that speaks a quotation in sentence s: the subject of a verb of saying outside the quote
 * ("Lopez said", or "said Lopez", which the parser may attach as xcomp). A neighbouring sentence is read
 * only when the quotation runs on into it.
 */
function speakerOf(
  doc: DocumentView,
  s: number,
  at: ReadonlyMap<string, number>,
  groups: Groups,
): Group | undefined {
  for (const { sentence, token } of quoteSpeakerTokens(doc.sentences, s, {
    back: 1,
    relation: /^(nsubj|xcomp|dep|obj)$/,
  })) {
    const index = at.get(`${sentence}:${token}`);
    if (index !== undefined) return groups.find(index);
  }
  return undefined;
}
