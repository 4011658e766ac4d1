/**
 * The readers: each walks one sentence's dependency graph (see graph.ts) and emits candidates, a pair of
 * arguments with the trigger, the dependency path and the construction. They never choose a predicate
 * name themselves: they fill a PredicateQuery for the PredicateChooser.
 *
 * Constructions read (UD relations as CoreNLP's enhanced++ graph writes them):
 * - verbs: nsubj + obj ("active"), obl:agent + nsubj:pass ("passive": the agent is the subject),
 *   obl:<prep> ("prepositional", see predicate-chooser.ts for the scheme), nsubj:xsubj ("control":
 *   "plans to acquire"), a relative clause's verb (enhanced++ gives it its referent as subject),
 *   participles modifying a noun ("the firm, bought by Y") or an adverbial clause ("after visiting Y").
 * - copulas and become/remain: "X is a subsidiary of Y", "X is chairman of Y", "X was unhappy with Y".
 * - appositions and titles: "P, a Siemens spokesperson", "Siemens chief executive P", "P, chairman of O",
 *   "O's chief executive P", "the bank's parent company, O" (N_OF), "Swiss bank O" (BASED_IN).
 * - nominalizations: "S's acquisition of O", "his criticism of O".
 * - reported speech: "X said (that) S": S's facts get X as attributedTo, and X -STATES-> the clause.
 */
import type { EntityType } from '../../../vocabulary';
import { predicateForPhrase, predicateFromLemma } from '../../../vocabulary/predicates';
import { gazetteer } from '../../gazetteer';
import { GROUP_NOUNS } from '../../entities/descriptions';
import { MISSION_NOUNS } from '../../entities/facilities';
import { EVENT_NOUNS, NOMINALIZATIONS, SUPPORT_VERBS } from '../../lexicon/events';
import { mentionAt, type EntityTable, type SyntaxEntity, type SyntaxMention } from '../model';
import type { Edge, SentenceGraph } from './graph';
import {
  ACCUSATION_VERBS,
  ALLEGING_VERBS,
  NOMINAL_VERBS,
  STANCE_PREDICATES,
  COPULA_LIKE_VERBS,
  LIGHT_VERBS,
  EMPTY_OBJECT_HEADS,
  MODAL_AUXILIARIES,
  MODALITY_VERBS,
  APPOINTING_VERBS,
  FACTIVE_VERBS,
  NEGATING_VERBS,
  PENALTY_NOUNS,
  NEGATION_WORDS,
  OBJECT_CONTROL_VERBS,
  GOVERNMENT_STAND_INS,
  ORGANIZATION_STAND_INS,
  ORGANIZATION_UNITS,
  PLACE_INSTITUTIONS,
  HOME_NOUNS,
  HOME_QUALIFIERS,
  ORIGIN_NOUNS,
  INSTRUMENT_ACTS,
  EXCLUSIVE_ADVERBS,
  ALLEGING_ADVERBS,
  ALLEGING_ADJECTIVES,
  DIRECTION_WORDS,
  PLACE_QUALIFIERS,
  NATIONALITY_ROLES,
  OPPOSING_VERBS,
  PLACE_LEADER_ROLES,
  TITLE_ABBREVIATIONS,
  MEDIUM_VERBS,
  REPORTING_VERBS,
  ROLE_PREDICATES,
  TEMPORAL_NOUNS,
  FUNCTION_NOUNS,
  GOVERNING_BODIES,
  LEAVING_VERBS,
  isLeaderRole,
  isRoleNoun,
} from './lexicon';
import { CLOSING_BRACKETS, OPENING_BRACKETS } from '../entities/document';
import { isoOfNormalized } from '../entities/numeric';
import { objectPhrase, type PhraseObject, statementPhrase } from './phrase';
import { choosePredicate, rolePredicate, type PredicateQuery } from './predicate-chooser';

/** One end of a candidate: an entity's mention, or (objects only) a phrase. */
export interface Argument {
  readonly entity?: SyntaxEntity;
  readonly phrase?: PhraseObject;
  /** Tokens of the mention or phrase the argument was read from. */
  readonly first: number;
  readonly last: number;
  readonly token: number;
  /** NER certainty, 1 when unknown. */
  readonly ner: number;
  /** Read through a pronoun or a description resolved by coreference. */
  readonly resolved: boolean;
}

export interface Candidate {
  readonly subject: Argument;
  readonly object: Argument;
  readonly sentence: number;
  readonly trigger: number;
  /** The predicate, chosen by the PredicateChooser (or a role's fixed one). */
  readonly predicate: string;
  readonly construction: string;
  readonly path: readonly string[];
  readonly negated: boolean;
  readonly modality: string | null;
  readonly attributedTo?: number;
  readonly date?: string;
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['COUNTRY', 'CITY', 'LOCATION', 'FACILITY']);
/** Places a role can be held in: a country, a region, a city (a facility is run like an organization). */
const GOVERNED_TYPES: ReadonlySet<EntityType> = new Set(['COUNTRY', 'CITY', 'LOCATION']);
const NOT_ARGUMENT_TYPES: ReadonlySet<EntityType> = new Set(['DATE']);
const NOT_SUBJECT_TYPES: ReadonlySet<EntityType> = new Set(['DATE', 'MONEY', 'QUANTITY']);
/** What a charge is introduced by ("charged X with", "convicted X of", "arrested X for"); not "after". */
const CHARGE_MARKERS = new Set(['with', 'of', 'for']);
/** What introduces the act a charge names, "pleaded guilty to killing" included. */
const ACT_MARKERS = new Set([...CHARGE_MARKERS, 'to']);
/** Accusation verbs whose active subject is the accused: "X admitted killing Y", "X faces charges". */
const SELF_ACCUSATIONS = new Set(['plead', 'admit', 'confess', 'deny', 'serve', 'face']);
/** Places before an act noun that say where it happened, not who did it (a country is an actor). */
const PLACE_NOT_ACTOR_TYPES: ReadonlySet<EntityType> = new Set(
  [...PLACE_TYPES].filter((t) => t !== 'COUNTRY'),
);
/** Objects that employ no one: amounts, dates, phrases. */
const NO_EMPLOYER_TYPES: ReadonlySet<EntityType> = new Set([...NOT_SUBJECT_TYPES, 'CONCEPT', 'EVENT']);
const NON_NAMED_NER = new Set(['DATE', 'TIME', 'DURATION', 'SET', 'NUMBER', 'ORDINAL', 'PERCENT']);
const EVENT_SUFFIXES = ['tion', 'sion', 'ment', 'ism', 'ance', 'ence', 'ure', 'al', 'ing', 'ship'];
/** Acts whose place is their target when they name none ("attack ... in Ukraine"). */
const HOSTILE_PREDICATES = new Set(['ATTACKS', 'INVADES']);
/** Prepositions that name a hostile act's target. */
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'of']);
const NOMINAL_PREPOSITIONS = new Set(['of', 'on', 'against', 'with', 'to', 'from', 'for', 'over', 'into']);
/** The longest clause that names what someone said (a longer one gives no statement node). */
const STATEMENT_TOKENS = 30;
/** Prepositions of an object noun that make its entity the verb's too: "a deal with O", "a ban on O". */
const OBJECT_NOUN_PREPOSITIONS = new Set(['with', 'on', 'against', 'for', 'to', 'over', 'of', 'in', 'at']);
/** Nouns that name a part of what follows them: "a stake in O", "the rest of O". */
const PARTITIVE_NOUNS = new Set([
  'stake',
  'share',
  'part',
  'rest',
  'half',
  'majority',
  'control',
  'remainder',
  'portion',
  'percent',
  'interest',
  'most',
]);
/** Nouns whose to-infinitive carries the intention of the noun's holder: "plans to close X". */
const MODALITY_NOUNS = new Set([
  'plan',
  'decision',
  'intention',
  'bid',
  'attempt',
  'effort',
  'deal',
  'offer',
  'move',
  'agreement',
  'promise',
  'proposal',
  'threat',
]);
/** Prepositions whose object may be a phrase node when the verb has no direct object ("advise on X"). */
const PHRASE_PREPOSITIONS = new Set(['on', 'about', 'against', 'into', 'over']);
const EMPLOYER_PREPOSITIONS_LIST: readonly string[] = ['of', 'at', 'for', 'with'];
/** Reporting verbs that announce what they report, whatever its tense. */
const ANNOUNCING_VERBS = new Set(['announce', 'declare', 'unveil', 'proclaim']);
/** Modalities of a reported act that lies ahead: it is announced, not stated. */
const FUTURE_MODALITIES = new Set(['will', 'would', 'plan', 'promise']);
/** Verbs whose nsubj:pass and obl:agent make no fact on their own ("X is thought to ..."). */
const VERBS_NEVER_RELATING = new Set(['be', 'do', 'seem', 'appear']);

/** The predicate an act noun names after a support verb: "sanctions", "backing" (back -> SUPPORTS). */
function supportPredicate(noun: string): string | undefined {
  const direct = predicateForPhrase(noun);
  if (direct) return direct;
  const verb = nounToVerb.get(noun) ?? (noun.endsWith('ing') ? noun.slice(0, -3) : undefined);
  return verb ? predicateForPhrase(verb) : undefined;
}

const nounToVerb = new Map<string, string>();
for (const [verb, noun] of Object.entries(NOMINALIZATIONS))
  if (!nounToVerb.has(noun)) nounToVerb.set(noun, verb);

/** Per-sentence context the readers share. */
export class SentenceReader {
  private readonly speakers = new Map<number, number>();
  /** Tokens of what someone the text does not name reports ("Analysts said ..."). */
  private readonly unnamedReport = new Set<number>();
  private readonly out: Candidate[] = [];

  constructor(
    private readonly graph: SentenceGraph,
    private readonly index: number,
    private readonly table: EntityTable,
  ) {}

  read(): Candidate[] {
    this.markReportedSpeech();
    this.readReportedEvents();
    const n = this.graph.tokens.length;
    for (let t = 1; t <= n; t++) {
      // "X is to be sold to Y" carries a cop and a passive subject: a verb, not a copula.
      if (this.graph.hasChild(t, 'cop') && !this.graph.hasChild(t, 'nsubj:pass'))
        this.readCopula(t, t, this.subjectsOf(t, false));
      else if (this.graph.isVerb(t)) this.readVerb(t);
      if (this.graph.isNoun(t)) {
        this.readMission(t);
        this.readTitles(t);
        this.readNominalization(t);
        this.readHome(t);
      }
    }
    this.readPlaceInPlace();
    this.readDateline();
    this.readWireHeader();
    this.readDepartures();
    return this.out;
  }

  /**
   * "X, chief executive of Y, has resigned", "X quit as chairman of Y", "Y boss X stepped down": one who
   * leaves a post (no object: "quit the board" is read as any verb) WITHDRAWS_FROM the organisation the
   * same sentence gives him a role at.
   */
  private readDepartures(): void {
    const n = this.graph.tokens.length;
    for (let v = 1; v <= n; v++) {
      if (!this.graph.isVerb(v) || !this.leavesPost(v) || this.graph.hasChild(v, 'obj')) continue;
      const clause = this.clause(v);
      for (const { arg } of this.subjectsOf(v, false)) {
        const person = arg.entity;
        if (person?.type !== 'PERSON') continue;
        const roles = this.out.filter(
          (c) =>
            c.subject.entity?.index === person.index &&
            (c.predicate === 'LEADS' || c.predicate === 'WORKS_FOR') &&
            c.object.entity !== undefined &&
            !c.negated,
        );
        for (const role of roles)
          this.emit(arg, role.object, v, 'WITHDRAWS_FROM', 'departure', ['nsubj', ...role.path], clause);
      }
    }
  }

  /** "resign", "quit", "retire", "step down", "stand aside". */
  private leavesPost(v: number): boolean {
    const lemma = this.graph.lemma(v);
    if (LEAVING_VERBS.has(lemma)) return true;
    if (lemma !== 'step' && lemma !== 'stand') return false;
    return this.graph
      .childrenExact(v, 'compound:prt', 'advmod')
      .some((e) => ['down', 'aside'].includes(this.graph.word(e.dependent).toLowerCase()));
  }

  /**
   * A news dateline names where a story was filed and by whom: "DAYTON, Ohio (AP) _", "Vilnius, March 3
   * (ELTA) --", "(Text) Hefei, February 11 (XINHUA) --", "(ANSA) Brussels, May 25 --". The agency
   * REPORTS_FROM the first place (the rule of the fast extractor's src/extract/relations/dateline.ts).
   */
  private readDateline(): void {
    const n = this.graph.tokens.length;
    const entityAt = (t: number) => this.table.entityAt({ sentence: this.index, token: t });
    const isPlace = (t: number) => {
      const e = entityAt(t);
      return e !== undefined && GOVERNED_TYPES.has(e.type);
    };
    /** The organisation alone inside the brackets opening at `open`, and the token after ")". */
    const agencyAt = (open: number): { token: number; after: number } | undefined => {
      if (!OPENING_BRACKETS.has(this.graph.word(open))) return undefined;
      const agency = entityAt(open + 1);
      if (agency?.type !== 'ORGANIZATION') return undefined;
      let close = open + 1;
      while (close <= n && entityAt(close) === agency) close += 1;
      return CLOSING_BRACKETS.has(this.graph.word(close)) ? { token: open + 1, after: close + 1 } : undefined;
    };
    // "(Text)", an editor's note, may open the line.
    let start = 1;
    if (OPENING_BRACKETS.has(this.graph.word(1)) && agencyAt(1) === undefined) {
      for (let k = 2; k <= 4 && k <= n; k += 1)
        if (CLOSING_BRACKETS.has(this.graph.word(k))) {
          start = k + 1;
          break;
        }
    }
    const before = agencyAt(start);
    if (before !== undefined) start = before.after;
    if (!isPlace(start)) return;
    // Only commas, places, a date and numbers between the place and the agency.
    let agency = before;
    for (let k = start + 1; agency === undefined && k <= n && k <= start + 10; k += 1) {
      const word = this.graph.word(k);
      const e = entityAt(k);
      if (OPENING_BRACKETS.has(word)) {
        agency = agencyAt(k);
        if (agency === undefined) return;
      } else if (!(this.datelineFiller(k, e) || isPlace(k))) return;
    }
    // "(ANSA) Brussels, May 25 --": the place must open the story, not be its first word.
    if (before !== undefined && !/^(--|_|-|:)$/.test(this.graph.word(this.datelineEnd(start)))) return;
    if (agency === undefined) return;
    this.reportsFrom(agency.token, start, agency.token - 1);
  }

  /** The agency or publisher at one token REPORTS_FROM the place at another. */
  private reportsFrom(agency: number, place: number, trigger: number): void {
    const subject = this.argumentAt(agency, false);
    const object = this.argumentAt(place, false);
    if (subject?.entity && object?.entity && subject.entity !== object.entity)
      this.emit(subject, object, trigger, 'REPORTS_FROM', 'dateline', ['dateline']);
  }

  /**
   * A token a dateline holds between its place and its agency or its text: a comma, a number, a date
   * ("Seoul, May 3 (Yonhap)": a date without a year may be no entity of its own).
   */
  private datelineFiller(k: number, entity: SyntaxEntity | undefined): boolean {
    return (
      this.graph.word(k) === ',' ||
      this.graph.pos(k) === 'CD' ||
      entity?.type === 'DATE' ||
      this.graph.token(k)?.ner === 'DATE'
    );
  }

  /**
   * A wire-service header: "PY1204232594 Buenos Aires CLARIN in Spanish 10 Apr 94", "Panama City ACAN": a
   * place at the start of the line or after the item's number (letters and at least four digits), with
   * the publisher's name right after it. The publisher REPORTS_FROM the place.
   */
  private readWireHeader(): void {
    const n = this.graph.tokens.length;
    const entityAt = (t: number) => this.table.entityAt({ sentence: this.index, token: t });
    for (let t = 1; t < n; t += 1) {
      if (!(t === 1 || /^(?=.*\d{4})[A-Z0-9]+$/.test(this.graph.word(t - 1)))) continue;
      const place = entityAt(t);
      if (place === undefined || !GOVERNED_TYPES.has(place.type)) continue;
      let end = t;
      while (end < n && entityAt(end + 1) === place) end += 1;
      if (entityAt(end + 1)?.type === 'ORGANIZATION') this.reportsFrom(end + 1, t, end + 1);
    }
  }

  /** The first token after a dateline's place, commas and date. */
  private datelineEnd(from: number): number {
    let k = from;
    while (k <= this.graph.tokens.length) {
      const e = this.table.entityAt({ sentence: this.index, token: k });
      if (!(e !== undefined || this.datelineFiller(k, e))) break;
      k += 1;
    }
    return k;
  }

  /**
   * "Kyiv, Ukraine", "Baton Rouge, La.": a place, a comma and the place the gazetteer puts it in (its
   * country or region) is LOCATED_IN that place. A town the gazetteer does not know before a known
   * region or country is taken to lie in it; two known places that do not nest are a list ("Paris,
   * London").
   */
  private readPlaceInPlace(): void {
    const g = gazetteer();
    const mentionEnding = (token: number) => {
      const entity = this.table.entityAt({ sentence: this.index, token });
      const mention = entity === undefined ? undefined : this.mentionOf(entity, token);
      return entity !== undefined && mention !== undefined ? { entity, mention } : undefined;
    };
    type Found = NonNullable<ReturnType<typeof mentionEnding>>;
    /** The gazetteer puts `inner` in `outer` (a region or country), or `inner` is a name it lacks. */
    const nested = (inner: Found, outer: Found, written: boolean): boolean => {
      if (!GOVERNED_TYPES.has(inner.entity.type) || !GOVERNED_TYPES.has(outer.entity.type)) return false;
      if (inner.entity.type === 'COUNTRY') return false;
      const container = g.place(outer.entity.name);
      if (container === undefined || container.type === 'CITY') return false;
      // "Bedford in southern Indiana": the text says where the town is; the gazetteer knows one Bedford
      // per name (the largest), so it is asked only when a comma, which also joins lists, is all there is.
      if (written && outer.entity.type !== 'CITY') return true;
      const place = g.place(inner.entity.name);
      return place === undefined
        ? inner.mention.source === 'ner'
        : place.region === container.key ||
            (container.type === 'COUNTRY' && place.country === container.country);
    };
    // "Kyiv, Ukraine", and "Haifa in northern Israel", "a town in northwest Montana": a name, "in", perhaps
    // a direction, and the name the gazetteer puts it in (the parser often hangs "in Y" from a noun further
    // up).
    const n = this.graph.tokens.length;
    for (let t = 1; t + 2 <= n; t += 1) {
      const between = this.graph.word(t + 1);
      if (between !== ',' && between !== 'in') continue;
      let k = t + 2;
      if (between === 'in')
        // "north-east" may come as three tokens.
        while (
          k < n &&
          (DIRECTION_WORDS.has(this.graph.word(k)) ||
            PLACE_QUALIFIERS.has(this.graph.word(k)) ||
            (this.graph.word(k) === '-' && DIRECTION_WORDS.has(this.graph.word(k + 1))))
        )
          k += 1;
      const inner = mentionEnding(t);
      const outer = mentionEnding(k);
      if (inner === undefined || outer === undefined || inner.entity === outer.entity) continue;
      if (inner.mention.last !== t || outer.mention.first !== k) continue;
      if (!nested(inner, outer, between === 'in')) continue;
      const a = this.argumentAt(t, false);
      const b = this.argumentAt(k, false);
      if (a && b)
        this.emit(a, b, k, 'LOCATED_IN', 'location', [between === ',' ? 'punct' : 'case:in', 'place']);
    }
  }

  // ---- arguments -------------------------------------------------------------------------------------

  /** The entity argument at a token: its own mention, or an apposition's entity ("the carmaker, Toyota"). */
  argumentAt(token: number, allowAppos = true): Argument | undefined {
    const entity = this.table.entityAt({ sentence: this.index, token });
    if (entity) {
      if (NOT_ARGUMENT_TYPES.has(entity.type)) return undefined;
      const mention = this.mentionOf(entity, token);
      const first = mention?.first ?? token;
      const last = mention?.last ?? token;
      const resolved = mention?.source === 'coref' || this.graph.isPronoun(token);
      return { entity, first, last, token, ner: mention?.nerConfidence ?? 1, resolved };
    }
    if (allowAppos && this.graph.isNoun(token)) {
      for (const edge of this.graph.childrenExact(token, 'appos', 'dep')) {
        // An unlabelled "dep" counts only for a name right after the noun ("the coach Ana Ruiz").
        const inner = this.argumentAt(edge.dependent, false);
        if (edge.dep === 'dep' && inner?.first !== token + 1) continue;
        if (inner?.entity) return inner;
      }
      // "its Lumen Labs unit", "Chelsea's website": the organization the noun stands for; "the US
      // government", "Russia's leadership": the country.
      const lemma = this.graph.lemma(token);
      // A government or a ministry stands for its country ("the US government") or is an organisation of
      // its own ("the Danish government").
      // "a Los Angeles grand jury", "the Leeds council": a local institution named by its place.
      // "Russian forces", "the US military": a country's people under arms act for it (a nationality too).
      const readings: { types: readonly EntityType[]; deps: readonly string[] }[] = [];
      if (GROUP_NOUNS.has(lemma) || GROUP_NOUNS.has(this.graph.word(token)))
        readings.push({ types: ['COUNTRY'], deps: ['amod', 'compound', 'nmod:poss'] });
      const stands: EntityType[] = PLACE_INSTITUTIONS.has(lemma)
        ? ['ORGANIZATION', 'CITY', 'LOCATION', 'COUNTRY']
        : ORGANIZATION_STAND_INS.has(lemma)
          ? ['ORGANIZATION']
          : GOVERNMENT_STAND_INS.has(lemma)
            ? ['COUNTRY', 'ORGANIZATION']
            : [];
      if (stands.length > 0) readings.push({ types: stands, deps: ['compound', 'nmod:poss'] });
      for (const { types, deps } of readings) {
        for (const edge of this.graph.outgoing(token)) {
          if (!deps.includes(edge.dep)) continue;
          // "its own service" is a thing of its own, not the organization "it" stands for.
          if (edge.dependent > token || this.graph.isPronoun(edge.dependent)) continue;
          const inner = this.argumentAt(edge.dependent, false);
          if (inner?.entity !== undefined && types.includes(inner.entity.type))
            return { ...inner, token, last: Math.max(inner.last, token) };
        }
      }
    }
    return undefined;
  }

  private mentionOf(entity: SyntaxEntity, token: number): SyntaxMention | undefined {
    return mentionAt(entity, this.index, token);
  }

  /** An object: an entity, or else a phrase node for a common noun that names something. */
  private objectAt(token: number, allowPhrase: boolean): Argument | undefined {
    const entity = this.argumentAt(token);
    if (entity) return entity;
    if (!allowPhrase || !this.graph.isNoun(token)) return undefined;
    // "X is a Leeds native who was recruited by Y": the antecedent is a copula's noun, whose phrase would
    // be the whole clause; what the relative clause is about is the copula's subject.
    if (this.graph.hasChild(token, 'cop')) {
      const subject = this.graph.childrenExact(token, 'nsubj')[0];
      return subject === undefined ? undefined : this.argumentAt(subject.dependent);
    }
    const t = this.graph.token(token)!;
    if (NON_NAMED_NER.has(t.ner)) return undefined;
    const lemma = this.graph.lemma(token);
    if (TEMPORAL_NOUNS.has(lemma) || EMPTY_OBJECT_HEADS.has(lemma)) return undefined;
    const phrase = objectPhrase(this.graph, this.index, token);
    if (!phrase) return undefined;
    // "take advantage", "make use": a light verb's bare noun is part of the predicate, not a thing.
    const governor = this.graph.treeParentOf(token)?.governor ?? 0;
    if (phrase.first === phrase.last && LIGHT_VERBS.has(this.graph.lemma(governor))) return undefined;
    return { phrase, first: phrase.first, last: phrase.last, token, ner: 1, resolved: false };
  }

  private sameEntity(a: Argument, b: Argument): boolean {
    return a.entity !== undefined && b.entity !== undefined && a.entity.index === b.entity.index;
  }

  // ---- clause properties --------------------------------------------------------------------------------

  private isNegated(token: number): boolean {
    for (const edge of this.graph.outgoing(token)) {
      if (edge.dep === 'advmod' || edge.dep === 'neg' || edge.dep === 'cc:preconj' || edge.dep === 'cc') {
        if (NEGATION_WORDS.has(this.graph.word(edge.dependent))) return true;
      }
    }
    return false;
  }

  /** Negation and modality of a verb, from its own auxiliaries and from the verbs that control it. */
  private clause(verb: number): { negated: boolean; modality: string | null } {
    let negated = this.isNegated(verb);
    let modality: string | null = null;
    // "Rather than selling X, ...", "instead of buying X": the act is the one not done.
    const before = `${this.graph.word(verb - 2)} ${this.graph.word(verb - 1)}`;
    if (before === 'rather than' || before === 'instead of') negated = true;
    // "in order to buy X": a purpose is intended, not done (a bare "to" is as often a result: "beat X to
    // win the title").
    const purpose = `${this.graph.word(verb - 3)} ${before}`;
    if (purpose === 'in order to' || purpose === 'so as to') modality = 'plan';
    let current = verb;
    for (let depth = 0; depth < 4; depth++) {
      for (const edge of this.graph.childrenExact(current, 'aux')) {
        const modal = MODAL_AUXILIARIES[this.graph.word(edge.dependent)];
        if (modal && !modality) modality = modal;
      }
      if (
        !modality &&
        this.graph
          .childrenExact(current, 'advmod')
          .some((e) => ALLEGING_ADVERBS.has(this.graph.word(e.dependent)))
      )
        modality = 'alleged';
      const up = this.graph
        .incoming(current)
        .find((e) => e.dep === 'xcomp' || e.dep === 'acl:to' || e.dep === 'acl' || e.dep === 'ccomp');
      if (!up || up.dep === 'ccomp') break;
      const lemma = this.graph.lemma(up.governor);
      if (up.dep !== 'xcomp' && !MODALITY_VERBS[lemma]) break;
      // "does not remember shooting X": the shooting is a fact, whatever the memory of it.
      if (FACTIVE_VERBS.has(lemma) && this.graph.pos(current) === 'VBG') break;
      if (NEGATING_VERBS.has(lemma)) negated = !negated;
      if (MODALITY_VERBS[lemma] && !modality) modality = MODALITY_VERBS[lemma];
      if (this.isNegated(up.governor)) negated = true;
      // "has no plans to": the determiner of the controlling noun negates.
      if (
        this.graph.outgoing(up.governor).some((e) => e.dep === 'det' && this.graph.word(e.dependent) === 'no')
      )
        negated = true;
      current = up.governor;
    }
    return { negated, modality };
  }

  private dateOf(verb: number): string | undefined {
    for (const edge of this.graph.outgoing(verb)) {
      if (edge.base !== 'obl' && edge.base !== 'nmod') continue;
      const token = this.graph.token(edge.dependent);
      if (token?.ner !== 'DATE') continue;
      const value = token.timex?.value ?? isoOfNormalized(token.normalizedNER ?? '');
      if (value && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return value;
    }
    return undefined;
  }

  // ---- reported speech ------------------------------------------------------------------------------

  /** Marks the tokens of each reported clause with its speaker's entity index. */
  private markReportedSpeech(): void {
    const n = this.graph.tokens.length;
    for (let v = 1; v <= n; v++) {
      const lemma = this.graph.lemma(v);
      if (!REPORTING_VERBS.has(lemma) || !this.graph.isVerb(v)) continue;
      const speaker = this.firstSubject(v);
      // "Prosecutors said he had sold forgeries": reported by people the text does not name.
      if (
        speaker === undefined &&
        this.graph.childrenExact(v, 'nsubj').some((e) => this.commonNoun(e.dependent))
      )
        for (const clause of this.reportedClauses(v))
          this.markSubtree(clause, v, (t) => this.unnamedReport.add(t));
      if (speaker === undefined) continue;
      for (const clause of this.reportedClauses(v))
        this.markSubtree(clause, v, (t) => this.markSpeaker(t, speaker));
    }
    for (let v = 1; v <= n; v++) {
      for (const edge of this.graph.outgoing(v)) {
        if (edge.dep !== 'obl:according_to') continue;
        const source = this.argumentAt(edge.dependent);
        const index = source?.entity?.index;
        if (index !== undefined) this.markSubtree(v, edge.dependent, (t) => this.markSpeaker(t, index));
      }
    }
  }

  private firstSubject(verb: number): number | undefined {
    return this.speakerOf(verb)?.entity?.index;
  }

  /**
   * Who a reporting verb quotes: its subject, or in "S, Secretary of State X said" parsed with X as an
   * apposition inside S and no subject on "said", the person or organisation named right before it.
   */
  private speakerOf(verb: number): Argument | undefined {
    const subjects = this.graph.childrenExact(verb, 'nsubj');
    for (const edge of subjects) {
      const arg = this.argumentAt(edge.dependent);
      if (arg?.entity) return arg;
    }
    if (subjects.length > 0 || this.graph.hasChild(verb, 'nsubj:pass', 'obj')) return undefined;
    const before = this.argumentAt(verb - 1, false);
    const type = before?.entity?.type;
    if (before === undefined || before.last !== verb - 1 || (type !== 'PERSON' && type !== 'ORGANIZATION'))
      return undefined;
    return before;
  }

  /** The clauses a reporting verb reports: its ccomp or quotation, or the clause it hangs from. */
  private reportedClauses(verb: number): number[] {
    const clauses = this.graph
      .outgoing(verb)
      .filter(
        (e) =>
          e.dep === 'ccomp' || e.dep === 'parataxis' || (e.dep === 'dep' && this.graph.isVerb(e.dependent)),
      )
      .map((e) => e.dependent);
    // "'...,' said X": the reporting verb hangs off the quoted clause.
    const up = this.graph.incoming(verb).find((e) => e.dep === 'parataxis' || e.dep === 'dep');
    if (up && up.governor > 0) clauses.push(up.governor);
    return clauses;
  }

  /**
   * What stands before a phrase object's text in an event's name: its possessor resolved ("its embassy"
   * -> "Nordwind's "), else the pronoun, else "the ".
   */
  private determinerOf(noun: number): string {
    const poss = this.graph.childrenExact(noun, 'nmod:poss')[0]?.dependent;
    if (poss === undefined) return 'the ';
    // "Russia's ability": the phrase names its possessor itself.
    if (!this.graph.isPronoun(poss)) return '';
    const owner = this.argumentAt(poss)?.entity?.name;
    if (owner === undefined) return `${this.graph.word(poss)} `;
    return owner.endsWith('s') ? `${owner}' ` : `${owner}'s `;
  }

  /**
   * "X will close its embassy in Minsk, Y said": Y -ANNOUNCES-> the act the clause names, an EVENT named
   * by the verb's noun and its object ("closure of the embassy in Minsk"), when the act lies ahead (will,
   * would, a plan, a promise) or the verb is one of announcing.
   */
  private readReportedEvents(): void {
    const n = this.graph.tokens.length;
    for (let v = 1; v <= n; v++) {
      const lemma = this.graph.lemma(v);
      if (!REPORTING_VERBS.has(lemma) || !this.graph.isVerb(v)) continue;
      const speaker = this.speakerOf(v);
      // A speaker read through a description ("the minister") is too weak a link for a new event.
      if (!speaker?.entity || (speaker.resolved && !this.graph.isPronoun(speaker.token))) continue;
      for (const clause of this.reportedClauses(v)) {
        const noun = NOMINALIZATIONS[this.graph.lemma(clause)];
        if (noun === undefined || !this.graph.isVerb(clause)) continue;
        const state = this.clause(clause);
        if (state.negated) continue;
        if (!ANNOUNCING_VERBS.has(lemma) && !FUTURE_MODALITIES.has(state.modality ?? '')) continue;
        const objectToken = this.graph.childrenExact(clause, 'obj')[0]?.dependent;
        if (objectToken === undefined) continue;
        // "the sale would allow Harlow to focus on ...": the object is the actor of what follows, no thing
        // the act is done to (no "permission of Harlow").
        if (this.graph.hasChild(clause, 'xcomp')) continue;
        const object = this.objectAt(objectToken, true);
        if (!object) continue;
        const named = object.entity?.name ?? object.phrase!.text;
        // "closure of the US embassy in Minsk": an embassy is named like a common noun, with "the" (not
        // before a possessive: "closure of Canada's embassy in Lima").
        const article = object.entity
          ? this.isMission(object.entity) && !/'s? /.test(named)
            ? 'the '
            : ''
          : this.determinerOf(objectToken);
        const text = `${noun} of ${article}${named}`;
        const phrase: PhraseObject = {
          sentence: this.index,
          first: Math.min(clause, object.first),
          last: Math.max(clause, object.last),
          head: clause,
          text,
          event: true,
        };
        const event: Argument = {
          phrase,
          first: phrase.first,
          last: phrase.last,
          token: clause,
          ner: 1,
          resolved: false,
        };
        this.emit(speaker, event, v, 'ANNOUNCES', 'reported-event', ['nsubj', 'ccomp', 'obj'], state);
      }
    }
  }

  /**
   * The plan noun ("plan", "bid", "proposal") whose infinitive `verb` is, with the verb that governs the
   * noun: "blocked a plan to build", "unveiled a plan to build" (the infinitive hung on the noun, or on the
   * verb: the parser often reads xcomp(blocked, build), giving it the verb's subject as its own).
   */
  private planOf(verb: number): { noun: number; governing: number } | undefined {
    if (!this.graph.childrenExact(verb, 'mark').some((e) => this.graph.word(e.dependent) === 'to'))
      return undefined;
    for (const up of this.graph.incoming(verb)) {
      let noun: number | undefined;
      let governing: number | undefined;
      if ((up.dep === 'acl:to' || up.dep === 'acl') && MODALITY_NOUNS.has(this.graph.lemma(up.governor))) {
        noun = up.governor;
        governing = this.graph
          .incoming(noun)
          .find((e) => e.dep === 'obj' || e.dep === 'nsubj:pass')?.governor;
      } else if (up.dep === 'xcomp' || up.dep === 'ccomp') {
        governing = up.governor;
        noun = this.graph
          .childrenExact(governing, 'obj')
          .map((e) => e.dependent)
          .find((n) => n < verb && MODALITY_NOUNS.has(this.graph.lemma(n)));
      }
      if (noun !== undefined && governing !== undefined) return { noun, governing };
    }
    return undefined;
  }

  /** A common noun ("prosecutors", "analysts"), not a pronoun ("I hope", "we believe": the writer). */
  private commonNoun(t: number): boolean {
    return /^NNS?$/.test(this.graph.pos(t));
  }

  private markSpeaker(t: number, speaker: number): void {
    if (!this.speakers.has(t)) this.speakers.set(t, speaker);
  }

  /** Marks every token of the tree under `root` (not below `stop`). */
  private markSubtree(root: number, stop: number, mark: (t: number) => void): void {
    const stack = [root];
    const seen = new Set<number>();
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (t === stop || seen.has(t)) continue;
      seen.add(t);
      mark(t);
      for (const edge of this.graph.treeChildrenOf(t)) stack.push(edge.dependent);
    }
  }

  // ---- emitting --------------------------------------------------------------------------------------

  private emit(
    subject: Argument,
    object: Argument,
    trigger: number,
    predicate: string | undefined,
    construction: string,
    path: readonly string[],
    clause: { negated: boolean; modality: string | null } = { negated: false, modality: null },
    date?: string,
  ): void {
    if (!predicate || !subject.entity) return;
    if (NOT_SUBJECT_TYPES.has(subject.entity.type)) return;
    // "serving a life sentence", "served two terms": a verb of service needs an employer, and a phrase or
    // an amount is none; the verb keeps its own lemma.
    if (
      predicate === 'WORKS_FOR' &&
      this.graph.isVerb(trigger) &&
      (object.entity === undefined ||
        object.phrase !== undefined ||
        NO_EMPLOYER_TYPES.has(object.entity.type))
    )
      predicate = predicateFromLemma(this.graph.lemma(trigger)) ?? predicate;
    if (this.sameEntity(subject, object)) return;
    if (object.phrase && object.phrase.first <= subject.token && subject.token <= object.phrase.last) return;
    const speaker = this.speakers.get(trigger);
    this.out.push({
      subject,
      object,
      sentence: this.index,
      trigger,
      predicate,
      construction,
      path,
      negated: clause.negated,
      // An act said by someone unnamed ("Prosecutors said he sold ..."): no source to attribute it to, and
      // no assertion of the article (what a name or a title says, "the Norwegian Government", stays one).
      modality:
        clause.modality ??
        (speaker === undefined && this.unnamedReport.has(trigger) && this.graph.isVerb(trigger)
          ? 'reported'
          : null),
      ...(speaker !== undefined && speaker !== subject.entity.index ? { attributedTo: speaker } : {}),
      ...(date ? { date } : {}),
    });
    // "Belarus has supported Russia's military efforts": a stance toward a thing is one toward its owner.
    if (object.phrase && STANCE_PREDICATES.has(predicate) && construction !== 'possessive')
      for (const edge of this.graph.childrenExact(object.phrase.head, 'nmod:poss')) {
        const owner = this.argumentAt(edge.dependent);
        if (owner?.entity && !NOT_SUBJECT_TYPES.has(owner.entity.type))
          this.emit(subject, owner, trigger, predicate, 'possessive', [...path, 'nmod:poss'], clause, date);
      }
  }

  private query(lemma: string, over: Partial<PredicateQuery>): PredicateQuery {
    return {
      lemma,
      particle: '',
      objectNoun: '',
      preposition: '',
      construction: '',
      objectIsContent: false,
      ...over,
    };
  }

  // ---- verbs -----------------------------------------------------------------------------------------

  /** The people an active verb of appointment gives a role: "named X publisher", "elected X as chair". */
  private appointees(verb: number): Argument[] {
    if (!APPOINTING_VERBS.has(this.graph.lemma(verb)) || this.isPassive(verb)) return [];
    return this.graph
      .childrenExact(verb, 'obj')
      .map((e) => this.argumentAt(e.dependent))
      .filter((a): a is Argument => a?.entity?.type === 'PERSON');
  }

  /**
   * "Acme named Mary Cole publisher of the Tulsa World", "the board elected X as chairman of Y": the
   * object holds the role the complement names (the passive, "X was named publisher of Y", is read with
   * the patient).
   */
  private readAppointment(
    verb: number,
    clause: { negated: boolean; modality: string | null },
    date: string | undefined,
  ): void {
    const people = this.appointees(verb);
    if (people.length === 0) return;
    const roles = this.graph
      .outgoing(verb)
      .filter((e) => e.dep === 'xcomp' || e.dep === 'obl:as')
      .map((e) => e.dependent)
      .filter((t) => this.graph.isNoun(t) && !this.argumentAt(t));
    for (const person of people) for (const role of roles) this.readRole(person, role, verb, clause, date);
  }

  /** An adverbial clause, a controlled infinitive, or a gerund parsed as a nominal ("after deciding"). */
  private hangsAdverbially(edge: Edge): boolean {
    if (edge.base === 'advcl' || edge.dep === 'xcomp') return true;
    return (
      edge.base === 'obl' && this.graph.pos(edge.dependent) === 'VBG' && this.graph.isVerb(edge.governor)
    );
  }

  /** The subjects a verb has, or those of the verb it hangs from ("after deciding to buy X"). */
  private implicitSubjects(verb: number, depth: number): { arg: Argument; edge: string }[] {
    const own = this.subjectsOf(verb, false);
    if (own.length > 0 || depth === 0) return own;
    const up = this.graph.incoming(verb).find((e) => this.hangsAdverbially(e));
    if (!up || (this.graph.pos(verb) !== 'VBG' && this.graph.pos(verb) !== 'VB')) return own;
    // "the jury indicted X with accessing Y": the accused did the act, not the jury (readAccusedAct
    // reads it, with the charge's modality).
    if (CHARGE_MARKERS.has(up.sub) && this.objectIsAccused(up.governor)) return own;
    return this.implicitSubjects(up.governor, depth - 1);
  }

  /**
   * Who a relative clause's noun describes, when the noun is said of a name: "X was the gunman who killed
   * Y" (the copula's subject), "X was recognized as the man who killed Y" (the passive verb's subject).
   */
  private describedBy(verb: number, token: number): Argument | undefined {
    // The relative pronoun itself when the parser hangs the clause by `dep` ("the gunman who killed").
    const relative = ['WP', 'WDT'].includes(this.graph.pos(token));
    const noun = relative
      ? this.graph.incoming(verb).find((e) => e.dep === 'acl:relcl' || e.dep === 'dep')?.governor
      : token;
    if (noun === undefined || !this.graph.isNoun(noun)) return undefined;
    if (!relative && !this.graph.childrenExact(noun, 'acl:relcl').some((e) => e.dependent === verb))
      return undefined;
    if (this.graph.hasChild(noun, 'cop')) {
      const holder = this.graph.childrenExact(noun, 'nsubj')[0];
      return holder === undefined ? undefined : this.argumentAt(holder.dependent);
    }
    const up = this.graph.incoming(noun).find((e) => e.dep === 'xcomp' || e.dep === 'obl:as');
    if (up === undefined || !this.isPassive(up.governor)) return undefined;
    const subject = this.graph.childrenExact(up.governor, 'nsubj:pass')[0];
    return subject === undefined ? undefined : this.argumentAt(subject.dependent);
  }

  private possessorsOf(noun: number): { arg: Argument; edge: string }[] {
    const out: { arg: Argument; edge: string }[] = [];
    for (const edge of this.graph.childrenExact(noun, 'nmod:poss')) {
      const arg = this.argumentAt(edge.dependent);
      if (arg?.entity) out.push({ arg, edge: 'nmod:poss' });
    }
    return out;
  }

  /** Subjects of a predicate token with the path edge each came through. */
  private subjectsOf(verb: number, passive: boolean): { arg: Argument; edge: string }[] {
    const out: { arg: Argument; edge: string }[] = [];
    const deps = passive ? ['obl:agent'] : ['nsubj', 'nsubj:xsubj'];
    for (const edge of this.graph.childrenExact(verb, ...deps)) {
      if (edge.dep === 'nsubj:xsubj') {
        // "beat X to win Y": a purpose clause of the verb's subject, not X's act, unless the
        // verb passes its object down ("asked X to leave").
        const up = this.graph.incoming(verb).find((e) => e.dep === 'xcomp' || e.base === 'advcl');
        if (
          up &&
          !OBJECT_CONTROL_VERBS.has(this.graph.lemma(up.governor)) &&
          this.graph.childrenExact(up.governor, 'obj', 'iobj').some((e) => e.dependent === edge.dependent)
        ) {
          out.push(...this.subjectsOf(up.governor, false).map((s) => ({ arg: s.arg, edge: 'nsubj:xsubj' })));
          continue;
        }
      }
      const arg =
        this.argumentAt(edge.dependent) ??
        this.speakerPronoun(verb, edge.dependent) ??
        this.describedBy(verb, edge.dependent);
      if (arg) {
        out.push({ arg, edge: edge.dep });
        for (const mate of this.gluedNames(edge.dependent, arg))
          out.push({ arg: mate, edge: `${edge.dep}/compound` });
      } else if (
        !passive &&
        this.graph.isNoun(edge.dependent) &&
        (this.graph.lemma(verb) === 'include' || !isRoleNoun(this.graph.lemma(edge.dependent)))
      )
        // "X's new album topped the charts": the possessor of a thing that does something.
        for (const p of this.possessorsOf(edge.dependent))
          out.push({ arg: p.arg, edge: `${edge.dep}/nmod:poss` });
    }
    return out;
  }

  /**
   * "Germany, France United Kingdom and Italy will join": a list whose commas were lost, so that one place
   * hangs as a compound of the next ("France" of "United Kingdom"). A country or city in compound before
   * a place of the same type is a member of the list, not a modifier of it.
   */
  private gluedNames(token: number, arg: Argument): Argument[] {
    const type = arg.entity?.type;
    if (type !== 'COUNTRY' && type !== 'CITY') return [];
    const out: Argument[] = [];
    for (const edge of this.graph.childrenExact(token, 'compound')) {
      if (edge.dependent >= arg.first) continue;
      const mate = this.argumentAt(edge.dependent, false);
      if (mate?.entity?.type === type && !this.sameEntity(mate, arg) && mate.last < arg.first) out.push(mate);
    }
    return out;
  }

  private readVerb(verb: number): void {
    const lemma = this.graph.lemma(verb);
    const particle = this.graph
      .childrenExact(verb, 'compound:prt')
      .map((e) => this.graph.word(e.dependent))
      .join(' ');
    let clause = this.clause(verb);
    const date = this.dateOf(verb);
    const relcl = this.graph.incoming(verb).some((e) => e.dep === 'acl:relcl');
    let patients = this.graph.childrenExact(verb, 'nsubj:pass', 'nsubj:pass:xsubj');
    // "X was founded by Y and signed Z": the passive subject that conjunct propagation hands to an
    // active finite verb ("signed", no auxiliary of its own) is that verb's subject.
    const conjoinedActive =
      patients.length > 0 &&
      /^VB[DZP]$/.test(this.graph.pos(verb)) &&
      this.graph.childrenExact(verb, 'aux:pass', 'aux', 'nsubj').length === 0 &&
      this.graph.incoming(verb).some((e) => e.base === 'conj');
    const inherited = conjoinedActive
      ? patients
          .map((e) => this.argumentAt(e.dependent))
          .filter((a): a is Argument => !!a?.entity)
          .map((arg) => ({ arg, edge: 'conj/nsubj:pass' }))
      : [];
    if (conjoinedActive) patients = [];
    const passive = patients.length > 0 || this.graph.hasChild(verb, 'aux:pass');

    let subjects = conjoinedActive ? inherited : this.subjectsOf(verb, passive);
    // A patient that names nothing is a phrase node, read only when an agent is there ("the match was
    // played by X": X -PLAY-> [match]).
    const hasAgent = this.graph.hasChild(verb, 'obl:agent');
    let patientArgs = patients
      .map((e) => this.objectAt(e.dependent, hasAgent))
      .filter((a): a is Argument => !!a);
    let construction = passive ? 'passive' : relcl ? 'relative-clause' : 'active';

    // "announced it is opening X" parsed as obj(announced, it), dep(announced, opening): the
    // pronoun right before the clause is its subject.
    if (subjects.length === 0 && patientArgs.length === 0) {
      const up = this.graph.incoming(verb).find((e) => e.dep === 'dep' || e.dep === 'ccomp');
      if (up && REPORTING_VERBS.has(this.graph.lemma(up.governor))) {
        const pronoun = this.graph
          .childrenExact(up.governor, 'obj')
          .map((e) => e.dependent)
          .find((t) => this.graph.isPronoun(t) && t < verb && t > up.governor);
        if (pronoun !== undefined) {
          const arg = this.argumentAt(pronoun) ?? this.speakerPronoun(verb, pronoun);
          if (arg) subjects = [{ arg, edge: 'nsubj' }];
        }
      }
    }
    // A participle with no subject of its own: "X, owned by Y" (the noun is the patient),
    // "the union, representing X" (the noun is the agent), "after visiting X" (the main clause's subject).
    // A clause whose subject names no entity ("while analysts were saying ...") borrows no other; "worked
    // with firms to secure X", parsed mark(secure, with), nsubj(secure, firms), has no subject of its own.
    if (subjects.length === 0 && patientArgs.length === 0 && !this.hasOwnSubject(verb)) {
      // "X, born in Y" is sometimes parsed amod(X, born): a participle after its noun, with an oblique.
      const acl = this.graph
        .incoming(verb)
        .find(
          (e) =>
            e.dep === 'acl' ||
            (e.dep === 'amod' &&
              e.governor < verb &&
              this.graph.pos(verb) === 'VBN' &&
              this.graph.children(verb, 'obl').length > 0),
        );
      const advcl = this.graph.incoming(verb).find((e) => this.hangsAdverbially(e));
      if (acl) {
        const noun = this.argumentAt(acl.governor);
        if (noun && this.graph.pos(verb) === 'VBN') {
          patientArgs = [noun];
          construction = 'passive';
          subjects = this.subjectsOf(verb, true);
        } else if (
          noun &&
          this.graph.pos(verb) === 'VBG' &&
          // "the union, representing X": only a subject or an apposition does the participle's act, not
          // the nearest prepositional object ("won with the song, beating X").
          this.graph
            .incoming(acl.governor)
            .some((e) => e.base === 'nsubj' || e.dep === 'appos' || e.governor === 0)
        ) {
          subjects = [{ arg: noun, edge: 'acl' }];
          construction = 'control';
        }
      } else if (
        advcl &&
        (this.graph.pos(verb) === 'VBG' || this.graph.pos(verb) === 'VB') &&
        // "wants the auditors to name X": the object of a verb that passes it down is the subject.
        !(
          advcl.dep === 'xcomp' &&
          OBJECT_CONTROL_VERBS.has(this.graph.lemma(advcl.governor)) &&
          this.graph.childrenExact(advcl.governor, 'obj', 'iobj').some((e) => e.dependent < verb)
        ) &&
        // "the jury indicted X with accessing Y": the accused's act (readAccusedAct), not the jury's.
        !(CHARGE_MARKERS.has(advcl.sub) && this.objectIsAccused(advcl.governor))
      ) {
        subjects = this.implicitSubjects(advcl.governor, 3);
        construction = 'control';
      }
    }
    // "X fired the shots that killed Y", "X planted the bomb that killed Y": the one who used the
    // instrument did the act the relative clause names.
    if (subjects.length === 0 && patientArgs.length === 0 && INSTRUMENT_ACTS.has(lemma)) {
      const relcl = this.graph.incoming(verb).find((e) => e.dep === 'acl:relcl');
      const instrument = relcl?.governor;
      // "met the man who killed Y": a "who" clause is about a person, no instrument.
      const personal =
        instrument !== undefined &&
        this.graph
          .childrenExact(instrument, 'ref')
          .some((e) => ['who', 'whom'].includes(this.graph.word(e.dependent).toLowerCase()));
      const used =
        instrument === undefined || personal || this.argumentAt(instrument)
          ? undefined
          : this.graph.incoming(instrument).find((e) => e.dep === 'obj');
      if (used && this.graph.hasChild(verb, 'nsubj')) {
        subjects = this.subjectsOf(used.governor, false).filter((s) => s.arg.entity?.type !== undefined);
        if (subjects.length > 0) {
          construction = 'relative-clause';
          const outer = this.clause(used.governor);
          clause = {
            negated: clause.negated || outer.negated,
            modality: clause.modality ?? outer.modality,
          };
        }
      }
    }
    // "blocked a plan to build 800 homes": whose plan it was, the text does not say; not the blocker's.
    // "unveiled a plan to build a factory", read with the unveiler as the builder: a plan, not a fact.
    const plan = this.planOf(verb);
    const opposed = plan !== undefined && OPPOSING_VERBS.has(this.graph.lemma(plan.governing));
    if (opposed) subjects = [];
    else if (plan !== undefined) {
      if (clause.modality === null)
        clause = { ...clause, modality: MODALITY_VERBS[this.graph.lemma(plan.noun)] ?? null };
      // "Congress has supported my plan to hire ...": the plan's owner, not its supporter, would hire.
      if (this.graph.childrenExact(plan.noun, 'nmod:poss').length > 0)
        subjects = this.possessorsOf(plan.noun);
    }
    // "has no plans to close X", "Y's decision to hire X": the subject of the noun's verb or its possessor.
    if (subjects.length === 0 && patientArgs.length === 0 && !opposed) {
      let noun: number | undefined;
      const acl = this.graph.incoming(verb).find((e) => e.dep === 'acl:to' || e.dep === 'acl');
      if (acl && MODALITY_NOUNS.has(this.graph.lemma(acl.governor))) noun = acl.governor;
      else if (this.graph.childrenExact(verb, 'mark').some((e) => this.graph.word(e.dependent) === 'to')) {
        // The parser may hang the infinitive on the verb instead: ccomp(has, close), obj(has, plans).
        const up = this.graph.incoming(verb).find((e) => e.dep === 'ccomp' || e.dep === 'xcomp');
        noun = up
          ? this.graph
              .childrenExact(up.governor, 'obj')
              .map((e) => e.dependent)
              .find((n) => MODALITY_NOUNS.has(this.graph.lemma(n)))
          : undefined;
      }
      if (noun !== undefined) {
        subjects = this.possessorsOf(noun);
        // "supported my plan to hire": an owner the text gives (even one not named) holds the plan.
        if (subjects.length === 0 && this.graph.childrenExact(noun, 'nmod:poss').length === 0) {
          const up = this.graph.incoming(noun).find((e) => e.dep === 'obj');
          if (up) subjects = this.subjectsOf(up.governor, false);
        }
        if (subjects.length > 0) construction = 'control';
        clause = {
          negated: clause.negated || this.hasDeterminerNo(noun),
          modality: clause.modality ?? MODALITY_VERBS[this.graph.lemma(noun)] ?? null,
        };
      }
    }
    this.readAppointment(verb, clause, date);
    if (VERBS_NEVER_RELATING.has(lemma)) return;
    if (this.deniedRestriction(verb)) return;
    if (subjects.length === 0 && patientArgs.length === 0 && this.readAccusedAct(verb, lemma)) return;

    if (passive || patientArgs.length > 0) {
      if (construction !== 'passive') construction = 'passive';
      for (const patient of patientArgs) {
        // "X has been named publisher of Y": the role noun the passive gives its patient.
        if (patient.entity?.type === 'PERSON')
          for (const edge of this.graph.childrenExact(verb, 'obj', 'xcomp'))
            if (this.graph.isNoun(edge.dependent) && !this.argumentAt(edge.dependent))
              this.readRole(patient, edge.dependent, verb, clause, date);
        if (subjects.length > 0) {
          for (const s of subjects)
            this.emit(
              s.arg,
              patient,
              verb,
              choosePredicate(this.query(lemma, { particle, construction })),
              'passive',
              ['obl:agent', 'nsubj:pass'],
              clause,
              date,
            );
        } else if (patient.entity) {
          // "O will be renamed X", "P was named X": a second object of the passive.
          for (const edge of this.graph.childrenExact(verb, 'obj', 'xcomp')) {
            const object = this.argumentAt(edge.dependent);
            if (!object?.entity) continue;
            this.emit(
              patient,
              object,
              verb,
              choosePredicate(this.query(this.graph.word(verb), { particle })),
              'passive',
              ['nsubj:pass', edge.dep],
              clause,
              date,
            );
          }
          // No agent: the patient is the subject of the participle with its preposition: APPOINTED_TO.
          for (const edge of this.obliques(verb)) {
            const prep = this.preposition(edge);
            if (!prep || prep === 'agent') continue;
            // "convicted of murdering Y" parsed amod(Y, murdering): the act is read by readAccusedAct.
            if (lemma in ACCUSATION_VERBS && this.gerundBefore(edge.dependent)) continue;
            const object = this.objectAt(edge.dependent, false);
            if (!object) continue;
            const word = this.graph.word(verb);
            this.emit(
              patient,
              object,
              verb,
              choosePredicate(this.query(word, { particle, preposition: prep })),
              'passive',
              ['nsubj:pass', edge.dep],
              clause,
              date,
            );
          }
        }
      }
      return;
    }
    if (subjects.length === 0) return;
    const control = subjects.some((s) => s.edge === 'nsubj:xsubj');
    if (control && construction === 'active') construction = 'control';

    const objects = this.graph.childrenExact(verb, 'obj', 'iobj');
    // "close the US embassy in Belarus" with "in Belarus" hung on the verb: a token inside a named object's
    // own mention (an embassy's place) is part of that name, no second object.
    const objectNames = objects.flatMap((o) => {
      const arg = this.argumentAt(o.dependent);
      return arg?.entity === undefined ? [] : [arg];
    });
    // The direct object's noun joins a prepositional object's predicate only when it names no entity:
    // "imposed a ban on China" -> IMPOSE_BAN_ON, but "founded Lumen Labs in Oslo" -> FOUND_IN.
    const firstObject = objects[0]?.dependent;
    const objectNoun =
      firstObject !== undefined && !this.argumentAt(firstObject) ? this.graph.lemma(firstObject) : '';
    const reporting = REPORTING_VERBS.has(lemma) || predicateForPhrase(lemma) === 'STATES';
    // "imposed sanctions on", "lent its backing to": the object noun names the act, so the
    // prepositional object may be a phrase too.
    const supportNoun =
      objectNoun !== '' && SUPPORT_VERBS.has(lemma) && supportPredicate(objectNoun) !== undefined;
    for (const s of subjects) {
      const subjectNegated = this.negatedArgument(s.arg.token);
      // "X's clients include Y": Y -CLIENT_OF-> X.
      if (s.edge.endsWith('/nmod:poss') && (lemma === 'include' || lemma === 'be')) {
        const possessed = this.graph.childrenExact(verb, s.edge.split('/')[0]!)[0]?.dependent;
        if (possessed !== undefined)
          for (const { edge, member } of objects.flatMap((edge) =>
            this.listMembers(edge.dependent).map((member) => ({ edge, member })),
          )) {
            const predicate = choosePredicate(this.query(`${this.graph.lemma(possessed)} of`, {}));
            this.emit(
              member,
              s.arg,
              verb,
              predicate,
              'possessive',
              [edge.dep, 'nsubj', 'nmod:poss'],
              clause,
              date,
            );
          }
        continue;
      }
      // "X founded O with Y": Y founded O too (a partner of the same kind as X).
      const partners = this.graph
        .childrenExact(verb, 'obl:with')
        .map((e) => this.argumentAt(e.dependent, false))
        .filter(
          (a): a is Argument =>
            !!a?.entity &&
            a.entity.type === s.arg.entity?.type &&
            ['PERSON', 'ORGANIZATION'].includes(a.entity.type),
        );
      for (const edge of objects) {
        // "has a singer X on its books": 'have' relates to what it has only through a phrase.
        if (lemma === 'have' && this.argumentAt(edge.dependent)) continue;
        // "hoped X would lead Y" parsed obj(hoped, X), dep(hoped, lead): X is the clause's subject, no
        // addressee or object of the hope.
        if (reporting && this.subjectOfLooseClause(verb, edge.dependent)) continue;
        const partnerObject =
          this.argumentAt(edge.dependent) ??
          (edge.dep === 'obj' ? this.objectAt(edge.dependent, true) : undefined);
        if (partnerObject && edge.dep === 'obj')
          for (const partner of partners)
            this.emit(
              partner,
              partnerObject,
              verb,
              choosePredicate(this.query(lemma, { particle, construction })),
              'comitative',
              ['obl:with', 'obj'],
              clause,
              date,
            );
        // "hired engineers including X and Y": the named members of the object.
        for (const member of this.includedEntities(edge.dependent, verb))
          this.emit(
            s.arg,
            member,
            verb,
            choosePredicate(this.query(lemma, { particle, construction })),
            construction,
            [s.edge, edge.dep, 'nmod:including'],
            clause,
            date,
          );
        // "bought 40% of O", "took a stake in O": the part names the whole.
        const whole = this.partitiveWhole(edge.dependent);
        if (whole) {
          this.emit(
            s.arg,
            whole,
            verb,
            choosePredicate(this.query(lemma, { particle, construction })),
            construction,
            [s.edge, edge.dep, 'nmod'],
            clause,
            date,
          );
          continue;
        }
        // "said a bank official": a saying verb's object is an addressee ("told the Guardian website": the
        // organization named in it) or nothing.
        const object = reporting
          ? this.addresseeAt(edge.dependent)
          : this.objectAt(edge.dependent, edge.dep === 'obj');
        if (!object) continue;
        const negated = clause.negated || subjectNegated || this.hasDeterminerNo(edge.dependent);
        this.emit(
          s.arg,
          object,
          verb,
          choosePredicate(this.query(lemma, { particle, construction })),
          construction,
          [s.edge, edge.dep],
          { ...clause, negated },
          date,
        );
      }
      // "signed a contract with O", "imposed a ban on O": the object noun's own prepositional entity;
      // not inside a capitalised name the NER left out ("concluded the Articles of Agreement").
      const capitalised =
        firstObject !== undefined &&
        firstObject > 1 &&
        /^\p{Lu}/u.test(this.graph.token(firstObject)?.word ?? '');
      if (objectNoun && firstObject !== undefined && !capitalised) {
        for (const edge of this.graph.children(firstObject, 'nmod')) {
          const prep = this.preposition(edge);
          if (!OBJECT_NOUN_PREPOSITIONS.has(prep)) continue;
          const object = this.argumentAt(edge.dependent);
          if (!object?.entity) continue;
          const q = this.query(lemma, { particle, preposition: prep, objectNoun });
          this.emit(
            s.arg,
            object,
            verb,
            choosePredicate(q),
            'prepositional',
            [s.edge, 'obj', edge.dep],
            clause,
            date,
          );
        }
      }
      for (const edge of this.obliques(verb)) {
        const prep = this.preposition(edge);
        if (!prep || prep === 'agent' || prep === 'tmod' || prep === 'npmod' || prep === 'according to')
          continue;
        // "serve as an adviser to O", "joined as director of O": a role held at an organization.
        if (prep === 'as' && this.graph.isNoun(edge.dependent)) {
          // "named X as publisher of O": the role is the object's (readAppointment).
          if (!this.appointees(verb).length) this.readRole(s.arg, edge.dependent, verb, clause, date);
          continue;
        }
        if (objectNames.some((arg) => arg.first <= edge.dependent && edge.dependent <= arg.last)) continue;
        // "said on his website": where the words appeared is no thing the speaker relates to.
        const medium = MEDIUM_VERBS.has(lemma) && (prep === 'on' || prep === 'in');
        const object = this.objectAt(
          edge.dependent,
          !medium &&
            ((objects.length === 0 && PHRASE_PREPOSITIONS.has(prep)) ||
              (supportNoun && prep !== 'in' && prep !== 'at')),
        );
        if (!object) continue;
        const q = this.query(lemma, {
          particle,
          preposition: prep,
          objectNoun,
        });
        this.emit(
          s.arg,
          object,
          verb,
          choosePredicate(q),
          construction === 'active' ? 'prepositional' : construction,
          [s.edge, edge.dep],
          { ...clause, negated: clause.negated || subjectNegated },
          date,
        );
      }
      // "..., according to X": X -REPORT-> the clause.
      for (const edge of this.graph.childrenExact(verb, 'obl:according_to')) {
        const source = this.argumentAt(edge.dependent);
        const phrase = statementPhrase(this.graph, this.index, verb, STATEMENT_TOKENS);
        if (!source?.entity || !phrase || phrase.last - phrase.first < 2) continue;
        const object: Argument = {
          phrase,
          first: phrase.first,
          last: phrase.last,
          token: verb,
          ner: 1,
          resolved: false,
        };
        this.emit(
          source,
          object,
          verb,
          choosePredicate(this.query('report', { objectIsContent: true })),
          'statement',
          ['obl:according_to'],
          clause,
          date,
        );
      }
      // "X said that S": X -STATES-> the clause, named by its phrase.
      if (reporting) {
        const said = this.graph.childrenExact(verb, 'ccomp').flatMap((edge) => {
          const phrase = statementPhrase(this.graph, this.index, edge.dependent, STATEMENT_TOKENS);
          return phrase && phrase.last - phrase.first >= 2 ? [{ edge, phrase }] : [];
        });
        // "said that S1 and S2": the enhanced graph makes S2 a complement of "said" too, but S2 is already
        // inside the statement S1 names (with its conjuncts); alone it would lose its subject.
        const inside = (inner: PhraseObject) =>
          said.some(
            ({ phrase }) =>
              phrase !== inner &&
              phrase.first <= inner.first &&
              inner.last <= phrase.last &&
              phrase.last - phrase.first > inner.last - inner.first,
          );
        for (const { edge, phrase } of said) {
          if (inside(phrase)) continue;
          const object: Argument = {
            phrase,
            first: phrase.first,
            last: phrase.last,
            token: edge.dependent,
            ner: 1,
            resolved: false,
          };
          this.emit(
            s.arg,
            object,
            verb,
            choosePredicate(this.query(lemma, { objectIsContent: true })),
            'statement',
            [s.edge, 'ccomp'],
            clause,
            date,
          );
          // "X alleges Y deceived customers": X accuses Y, the reported clause's active subject.
          if (!ALLEGING_VERBS.has(lemma)) continue;
          for (const subject of this.graph.childrenExact(edge.dependent, 'nsubj')) {
            const accused = this.argumentAt(subject.dependent);
            if (accused?.entity && !NOT_SUBJECT_TYPES.has(accused.entity.type))
              this.emit(
                s.arg,
                accused,
                verb,
                choosePredicate(this.query('accuse', {})),
                'statement',
                [s.edge, 'ccomp', 'nsubj'],
                clause,
                date,
              );
          }
        }
      }
      // "become/remain the bank's chairman": a nominal complement is a copula.
      if (COPULA_LIKE_VERBS.has(lemma)) {
        for (const edge of this.graph.childrenExact(verb, 'xcomp')) {
          if (this.graph.isNoun(edge.dependent)) this.readCopula(edge.dependent, verb, [s]);
        }
      }
    }
  }

  /**
   * A pronoun subject coreference left unresolved, inside what someone says: "X said it would ..." reads
   * "it" as X when the pronoun agrees with X (he/she a person; it/they an organization).
   */
  private speakerPronoun(verb: number, token: number): Argument | undefined {
    const speaker = this.speakers.get(verb);
    if (speaker === undefined || !this.graph.isPronoun(token)) return undefined;
    // "it is unlikely to ...", "it is said that ...": an expletive, nobody.
    if (!this.graph.isVerb(verb) || this.graph.hasChild(verb, 'ccomp', 'csubj', 'aux:pass')) return undefined;
    const entity = this.table.entities[speaker];
    if (!entity) return undefined;
    const word = this.graph.word(token);
    const person = entity.type === 'PERSON';
    // "I" inside what a person says is that person.
    const agrees = person
      ? word === 'he' || word === 'she' || word === 'i'
      : entity.type === 'ORGANIZATION' && (word === 'it' || word === 'they');
    if (!agrees) return undefined;
    return { entity, first: token, last: token, token, ner: 1, resolved: true };
  }

  /**
   * The entities of a list that starts at an object: the object's own and those of the conjuncts under it,
   * also where a broken parse hangs them as "dep" or "appos" ("include A, B, C and D").
   */
  private listMembers(object: number): Argument[] {
    const out: Argument[] = [];
    const seen = new Set<number>();
    const stack: { token: number; depth: number }[] = [{ token: object, depth: 0 }];
    while (stack.length > 0) {
      const { token, depth } = stack.pop()!;
      if (seen.has(token)) continue;
      seen.add(token);
      const arg = this.argumentAt(token);
      if (arg?.entity && !out.some((a) => a.entity === arg.entity)) out.push(arg);
      if (depth >= 4) continue;
      for (const edge of this.graph.treeChildrenOf(token))
        if (edge.base === 'conj' || edge.dep === 'dep' || edge.dep === 'appos')
          stack.push({ token: edge.dependent, depth: depth + 1 });
    }
    return out.sort((a, b) => a.token - b.token);
  }

  /** Entities a noun lists as its members: "members including X, Y and Z", "allies such as X". */
  private includedEntities(noun: number, verb?: number): Argument[] {
    const out: Argument[] = [];
    const lists = [noun];
    // "gained allies in its battle with X, including Y": a list after a comma that the parser hangs on
    // a singular noun of the verb's oblique belongs to the plural object (a battle has no members).
    if (verb !== undefined && this.graph.pos(noun) === 'NNS')
      for (const edge of this.graph.children(verb, 'obl'))
        if (edge.dependent > noun && this.graph.pos(edge.dependent) === 'NN') lists.push(edge.dependent);
    for (const list of lists)
      for (const edge of this.graph.outgoing(list)) {
        if (edge.dep !== 'nmod:including' && edge.dep !== 'nmod:such_as' && edge.dep !== 'nmod:like')
          continue;
        // Only a list set off by a comma reaches back over the oblique.
        if (list !== noun && this.graph.word(this.graph.caseMarkerBefore(edge.dependent) - 1) !== ',')
          continue;
        const arg = this.argumentAt(edge.dependent);
        if (arg?.entity) out.push(arg);
      }
    return out;
  }

  /** The entity a part is of: "50% of O", "a stake in O", "the rest of O". */
  private partitiveWhole(noun: number): Argument | undefined {
    const t = this.graph.token(noun);
    if (!t) return undefined;
    const partitive =
      t.ner === 'PERCENT' || t.ner === 'NUMBER' || PARTITIVE_NOUNS.has(this.graph.lemma(noun));
    if (!partitive) return undefined;
    for (const edge of this.graph.children(noun, 'nmod')) {
      const prep = this.preposition(edge);
      if (prep !== 'of' && prep !== 'in') continue;
      const whole = this.argumentAt(edge.dependent);
      if (whole?.entity) return whole;
    }
    return undefined;
  }

  /** "neither X nor Y did": the negation sits on the subjects. */
  private negatedArgument(token: number): boolean {
    if (this.graph.incoming(token).some((e) => e.dep === 'conj:nor')) return true;
    return this.graph
      .outgoing(token)
      .some(
        (e) =>
          (e.dep === 'cc:preconj' || e.dep === 'cc') &&
          ['neither', 'nor'].includes(this.graph.word(e.dependent)),
      );
  }

  /** Who a saying verb addresses: an entity, or the organization named in "the Guardian website". */
  private addresseeAt(token: number): Argument | undefined {
    const direct = this.argumentAt(token);
    if (direct) return direct;
    if (!this.graph.isNoun(token)) return undefined;
    for (const edge of this.graph.outgoing(token)) {
      if (edge.dep !== 'compound' && edge.dep !== 'nmod:poss') continue;
      const arg = this.argumentAt(edge.dependent, false);
      if (arg?.entity && arg.entity.type === 'ORGANIZATION') return arg;
    }
    return undefined;
  }

  /** A role noun reached from a verb ("serve as an adviser to O"): WORKS_FOR or LEADS its employer. */
  private readRole(
    holder: Argument,
    noun: number,
    trigger: number,
    clause: { negated: boolean; modality: string | null },
    date: string | undefined,
  ): void {
    const role = this.roleLemma(noun);
    if (!isRoleNoun(role) || ROLE_PREDICATES[role]) return;
    for (const e of this.employersOf(noun, ['of', 'at', 'for', 'with', 'to']))
      this.emit(
        holder,
        e.arg,
        trigger,
        this.predicateOfRole(role, e.arg, e.edge),
        'title',
        ['obl:as', e.edge],
        clause,
        date,
      );
  }

  /**
   * LEADS for a leader role, else WORKS_FOR; a country, region or city is led only by its head ("prime
   * minister", "governor", "mayor"): its ministers, senators and ambassadors serve it. An employer reached
   * through a unit of it (employersOf's ":unit" edge) is served, not led.
   */
  private predicateOfRole(role: string, employer: Argument, edge = ''): string {
    if (!isLeaderRole(role) || edge.endsWith(':unit')) return rolePredicate(false);
    if (employer.entity === undefined) return rolePredicate(true);
    // "the Danish government's minister": a government is governed like its country.
    const governing = GOVERNING_BODIES.has(employer.entity.name.split(' ').pop()?.toLowerCase() ?? '');
    if (!GOVERNED_TYPES.has(employer.entity.type) && !governing) return rolePredicate(true);
    // "foreign minister": the last word alone is no head; "state governor", "prime minister" are.
    const words = role.split(' ');
    const tails = [role, words.slice(-2).join(' '), words[words.length - 1]!];
    return rolePredicate(tails.some((tail) => PLACE_LEADER_ROLES.has(tail)));
  }

  /**
   * "the German Government ... in Germany": an organisation whose name starts with a nationality is
   * BASED_IN that country when the sentence names it.
   */
  private readNationalSeat(holder: Argument): void {
    const g = gazetteer();
    const country = g.demonymOf(this.graph.token(holder.first)?.word ?? '');
    if (country?.type !== 'COUNTRY') return;
    for (let t = 1; t <= this.graph.tokens.length; t += 1) {
      if (t >= holder.first && t <= holder.last) continue;
      const entity = this.table.entityAt({ sentence: this.index, token: t });
      if (entity?.type !== 'COUNTRY' || g.place(entity.name)?.key !== country.key) continue;
      const place = this.argumentAt(t, false);
      if (place) this.emit(holder, place, holder.first, 'BASED_IN', 'location', ['amod', 'demonym']);
      return;
    }
  }

  private hasDeterminerNo(noun: number): boolean {
    return this.graph.outgoing(noun).some((e) => e.dep === 'det' && this.graph.word(e.dependent) === 'no');
  }

  /**
   * A verb's prepositional objects, with the place a relative "where" stands for: "Leeds, where she was
   * born" reads as born in Leeds (advmod(born, where), acl:relcl(Leeds, born)).
   */
  private obliques(verb: number): Edge[] {
    const out = this.graph.children(verb, 'obl');
    const where = this.graph
      .childrenExact(verb, 'advmod')
      .some((e) => this.graph.word(e.dependent) === 'where');
    const relcl = this.graph.incoming(verb).find((e) => e.dep === 'acl:relcl');
    if (where && relcl && !out.some((e) => e.dependent === relcl.governor))
      out.push({ dep: 'obl:in', base: 'obl', sub: 'in', governor: verb, dependent: relcl.governor });
    return out;
  }

  /** The preposition of an obl/nmod edge: from the relation's suffix, else the case marker. */
  private preposition(edge: Edge): string {
    if (edge.sub) return edge.sub.replace(/_/g, ' ');
    return this.graph.caseOf(edge.dependent);
  }

  // ---- copulas ---------------------------------------------------------------------------------------

  /** "X is a subsidiary of Y", "X is chairman of Y", "X was unhappy with Y". */
  private readCopula(head: number, trigger: number, subjects: { arg: Argument; edge: string }[]): void {
    if (subjects.length === 0) return;
    const clause = this.clause(trigger);
    const date = this.dateOf(head);
    const headArg = this.argumentAt(head, false);
    for (const s of subjects) {
      // "X is from Leeds": where a person comes from.
      if (
        headArg?.entity &&
        s.arg.entity?.type === 'PERSON' &&
        GOVERNED_TYPES.has(headArg.entity.type) &&
        this.graph.caseOf(head) === 'from'
      ) {
        this.emit(s.arg, headArg, head, 'LIVES_IN', 'copula', [s.edge, 'case:from'], clause, date);
        continue;
      }
      if (headArg?.entity) continue; // "X is Y": an identity, the entity stage's business.
      // "X is a Leeds native", "X is a resident of Leeds".
      if (
        this.graph.isNoun(head) &&
        s.arg.entity?.type === 'PERSON' &&
        ORIGIN_NOUNS[this.graph.lemma(head)] !== undefined
      ) {
        this.readOrigin(s.arg, head, 'copula');
        continue;
      }
      if (this.graph.isNoun(head)) {
        const role = this.roleLemma(head);
        const employers = this.employersOf(head);
        if (isRoleNoun(role) && employers.length > 0 && !ROLE_PREDICATES[role]) {
          for (const e of employers)
            this.emit(
              s.arg,
              e.arg,
              head,
              this.predicateOfRole(role, e.arg, e.edge),
              'copula',
              [s.edge, e.edge],
              clause,
              date,
            );
          continue;
        }
        for (const edge of this.graph.children(head, 'nmod')) {
          const prep = this.preposition(edge);
          if (!prep || prep === 'poss' || prep === 'tmod') continue;
          const roleVerb = ROLE_PREDICATES[role];
          const object = this.objectAt(edge.dependent, roleVerb !== undefined && prep === 'of');
          if (!object) continue;
          const predicate = roleVerb
            ? choosePredicate(this.query(roleVerb, {}))
            : choosePredicate(this.query(this.nounWords(head), { preposition: prep }));
          this.emit(s.arg, object, head, predicate, 'copula', [s.edge, edge.dep], clause, date);
        }
      } else if (this.graph.pos(head).startsWith('JJ') || this.graph.pos(head) === 'VBN') {
        for (const edge of this.graph.children(head, 'obl', 'nmod')) {
          const prep = this.preposition(edge);
          if (!prep || prep === 'tmod' || prep === 'npmod') continue;
          // "loyal to the club", "unhappy with the ruling": the complement may be a phrase.
          const object = this.objectAt(
            edge.dependent,
            !['in', 'at', 'on', 'after', 'before', 'since', 'during'].includes(prep),
          );
          if (!object) continue;
          this.emit(
            s.arg,
            object,
            head,
            choosePredicate(this.query(this.graph.word(head), { preposition: prep })),
            'copula',
            [s.edge, edge.dep],
            clause,
            date,
          );
        }
      }
    }
  }

  /** A noun with the modifiers before it that say what it is: "parent company", "main rival". */
  private nounWords(noun: number): string {
    const words = this.graph
      .outgoing(noun)
      .filter(
        (e) =>
          (e.dep === 'compound' || e.dep === 'amod') &&
          e.dependent < noun &&
          /^(NN|NNS|JJ|VBN|VBG)$/.test(this.graph.pos(e.dependent)) &&
          !this.table.entityAt({ sentence: this.index, token: e.dependent }),
      )
      .sort((a, b) => a.dependent - b.dependent)
      .map((e) => this.graph.lemma(e.dependent));
    return [...words, this.graph.lemma(noun)].join(' ');
  }

  /** A role noun with its noun modifiers: "chief executive", "managing director", "head coach". */
  private roleLemma(noun: number): string {
    const words: string[] = [];
    for (const edge of this.graph.outgoing(noun)) {
      if (edge.dep !== 'compound' && edge.dep !== 'amod') continue;
      if (edge.dependent > noun || this.table.entityAt({ sentence: this.index, token: edge.dependent }))
        continue;
      const w = this.graph.word(edge.dependent);
      const phrase = `${w} ${this.graph.lemma(noun)}`;
      if (
        isRoleNoun(phrase) &&
        (isLeaderRole(phrase) ||
          ['vice', 'deputy', 'general', 'managing', 'head', 'chief'].includes(w) ||
          FUNCTION_NOUNS.has(w.toLowerCase()))
      )
        words.push(w);
    }
    words.push(TITLE_ABBREVIATIONS[this.graph.word(noun).toLowerCase()] ?? this.graph.lemma(noun));
    return words.join(' ');
  }

  /**
   * The role noun of a "ROLE of FIELD" title written right before a name ("director of hockey Ann Roe":
   * lowercase field nouns between "of" and the name), or -1.
   */
  private roleOfFieldBefore(holder: Argument): number {
    let t = holder.first - 1;
    while (t > 0 && /^NNS?$/.test(this.graph.pos(t)) && /^\p{Ll}/u.test(this.graph.token(t)?.word ?? ''))
      t -= 1;
    if (t === holder.first - 1 || t < 2 || this.graph.word(t).toLowerCase() !== 'of') return -1;
    const role = t - 1;
    return this.graph.isNoun(role) && isRoleNoun(this.roleLemma(role)) ? role : -1;
  }

  /**
   * The role noun ending the indefinite or definite noun phrase between commas right after a name (", a
   * Siemens spokesperson,"), followed by a comma, the end of the sentence or a saying verb; or -1.
   */
  private roleAfterComma(holder: Argument): number {
    if (this.graph.word(holder.last + 1) !== ',' || !/^(a|an|the)$/i.test(this.graph.word(holder.last + 2)))
      return -1;
    let t = holder.last + 3;
    while (t <= holder.last + 8 && /^(NNS?|NNPS?|JJ|HYPH|POS)$/.test(this.graph.pos(t))) t += 1;
    const role = t - 1;
    const next = this.graph.word(t);
    const closes = next === ',' || next === '.' || REPORTING_VERBS.has(this.graph.lemma(t));
    if (role < holder.last + 3 || !closes || !/^NNS?$/.test(this.graph.pos(role))) return -1;
    return isRoleNoun(this.roleLemma(role)) ? role : -1;
  }

  /** A subject the verb has itself, even one that names no entity; not the "firms" of "with firms to V". */
  private hasOwnSubject(verb: number): boolean {
    const withMark = this.graph
      .childrenExact(verb, 'mark')
      .find((e) => this.graph.word(e.dependent) === 'with')?.dependent;
    return this.graph
      .childrenExact(verb, 'nsubj', 'nsubj:pass', 'csubj')
      .some((e) => withMark === undefined || e.dependent < withMark);
  }

  /** Entities a role noun is held at: "Siemens spokesperson", "Nokia's economist", "head of Toyota". */
  private employersOf(
    role: number,
    prepositions: readonly string[] = EMPLOYER_PREPOSITIONS_LIST,
  ): { arg: Argument; edge: string }[] {
    const out: { arg: Argument; edge: string }[] = [];
    for (const edge of this.graph.outgoing(role)) {
      let ok = false;
      if (edge.dep === 'compound' || edge.dep === 'nmod:poss' || edge.dep === 'amod') ok = true;
      else if (edge.base === 'nmod' && prepositions.includes(this.preposition(edge))) ok = true;
      if (!ok) continue;
      const arg = this.argumentAt(edge.dependent);
      if (!arg?.entity) continue;
      if (arg.entity.type === 'PERSON' || NOT_SUBJECT_TYPES.has(arg.entity.type)) continue;
      // "head of the UN peacekeeping forces": the organization through a unit of it (argumentAt's
      // stand-ins); leading the unit is working for the organization, not leading it (predicateOfRole).
      const unit =
        this.mentionOf(arg.entity, arg.token) === undefined &&
        ORGANIZATION_UNITS.has(this.graph.lemma(arg.token).toLowerCase());
      out.push({ arg, edge: unit ? `${edge.dep}:unit` : edge.dep });
    }
    return out;
  }

  // ---- appositions and titles -----------------------------------------------------------------------

  /** An embassy or consulate (entities/missions.ts) BELONGS_TO its country and is LOCATED_IN its place. */
  private readMission(noun: number): void {
    const facility = this.argumentAt(noun, false);
    if (!facility?.entity || !this.isMission(facility.entity)) return;
    if (!facility.entity.mentions.some((m) => m.sentence === this.index && m.head === noun)) return;
    for (const edge of this.graph.childrenExact(noun, 'compound', 'nmod:poss', 'amod')) {
      if (edge.dependent > noun) continue;
      const owner = this.argumentAt(edge.dependent, false);
      if (owner?.entity?.type === 'COUNTRY')
        this.emit(facility, owner, noun, 'BELONGS_TO', 'location', [edge.dep]);
    }
    // "close the US embassy in Belarus" with the place hung on the verb: the place right after "embassy in".
    if (this.graph.hasChild(noun, 'nmod:in', 'nmod:to')) return;
    if (!/^(in|to)$/.test(this.graph.word(noun + 1))) return;
    const place = this.argumentAt(noun + 2, false);
    if (place?.entity && place.first === noun + 2 && GOVERNED_TYPES.has(place.entity.type))
      this.emit(facility, place, noun, 'LOCATED_IN', 'location', ['adjacent']);
  }

  private isMission(entity: SyntaxEntity): boolean {
    return entity.type === 'FACILITY' && MISSION_NOUNS.has(String(entity.attributes.kind ?? ''));
  }

  private readTitles(head: number): void {
    const holder = this.argumentAt(head, false);
    if (!holder?.entity) return;
    const isHead = holder.entity.mentions.some((m) => m.sentence === this.index && m.head === head);
    if (!isHead && holder.last !== head) return;
    const type = holder.entity.type;
    const nouns: { noun: number; edge: string }[] = [];
    // "X and Y, the killer of Z" parsed appos(X, killer): a singular apposition after a list belongs to
    // the list's last member, the one next to it.
    const lastConjunctBefore = (governor: number, noun: number) =>
      Math.max(
        -1,
        ...this.graph
          .outgoing(governor)
          .filter((e) => e.base === 'conj' && e.dependent < noun)
          .map((e) => e.dependent),
      );
    const singular = (noun: number) => this.graph.pos(noun) === 'NN';
    for (const edge of this.graph.outgoing(head)) {
      if (edge.dep === 'appos' && singular(edge.dependent) && lastConjunctBefore(head, edge.dependent) > head)
        continue;
      if ((edge.dep === 'appos' || edge.dep === 'compound') && !this.inside(holder, edge.dependent))
        nouns.push({ noun: edge.dependent, edge: edge.dep });
    }
    for (const conj of this.graph.incoming(head).filter((e) => e.base === 'conj'))
      for (const edge of this.graph.childrenExact(conj.governor, 'appos'))
        if (singular(edge.dependent) && lastConjunctBefore(conj.governor, edge.dependent) === head)
          nouns.push({ noun: edge.dependent, edge: 'appos' });
    for (const edge of this.graph.incoming(head)) {
      if (edge.dep === 'appos' && !this.inside(holder, edge.governor))
        nouns.push({ noun: edge.governor, edge: 'appos' });
      // "the Peru coach Ana Ruiz" parsed as dep(coach, Ruiz): the noun right before the name.
      if (edge.dep === 'dep' && edge.governor === holder.first - 1)
        nouns.push({ noun: edge.governor, edge: 'compound' });
      // "the Leeds director of hockey Ann Roe" parsed nmod:of(director, Roe), compound(Roe, hockey): the
      // role and its field stand before the name as its title.
      if (type === 'PERSON' && edge.dep === 'nmod:of' && this.roleOfFieldBefore(holder) === edge.governor)
        nouns.push({ noun: edge.governor, edge: 'compound' });
      // "Leeds's new mayor, Ann Roe" with the apposition hung from a noun further up: the role noun right
      // before the comma is the one the name stands beside.
      const role = holder.first - 2;
      if (
        edge.dep === 'appos' &&
        edge.governor !== role &&
        type === 'PERSON' &&
        this.graph.word(holder.first - 1) === ',' &&
        this.graph.isNoun(role) &&
        isRoleNoun(this.roleLemma(role)) &&
        !this.argumentAt(role, false)
      )
        nouns.push({ noun: role, edge: 'appos' });
    }
    // '"...," Ann Roe, a Siemens spokesperson, said' where the quotation broke the parse and left the role
    // noun outside the name's apposition: the role noun of the noun phrase right after the comma.
    if (type === 'PERSON' && !nouns.some((n) => n.noun > holder.last)) {
      const role = this.roleAfterComma(holder);
      if (role > 0) nouns.push({ noun: role, edge: 'appos' });
    }
    // "the German Government ... in Germany": an organisation named by a nationality is based in that
    // country when the sentence names it.
    if (type === 'ORGANIZATION' && holder.last > holder.first) this.readNationalSeat(holder);
    // "the Texas-based bank": amod(institute, based), obl(based, US).
    if (type === 'ORGANIZATION' || type === 'FACILITY') {
      for (const edge of this.graph.childrenExact(head, 'amod')) {
        if (this.graph.lemma(edge.dependent) !== 'base') continue;
        for (const inner of this.graph.children(edge.dependent, 'obl')) {
          const place = this.argumentAt(inner.dependent, false);
          if (place?.entity && PLACE_TYPES.has(place.entity.type))
            this.emit(holder, place, edge.dependent, 'BASED_IN', 'location', ['amod', inner.dep]);
        }
      }
    }
    // "his native Ohio": the possessor comes from the place (amod(Ohio, native), nmod:poss(Ohio, his)).
    if (GOVERNED_TYPES.has(type)) {
      for (const edge of this.graph.childrenExact(head, 'amod')) {
        const predicate = ORIGIN_NOUNS[this.graph.lemma(edge.dependent)];
        if (predicate === undefined) continue;
        for (const p of this.possessorsOf(head))
          if (p.arg.entity?.type === 'PERSON')
            this.emit(p.arg, holder, edge.dependent, predicate, 'possessive', ['nmod:poss', 'amod']);
      }
    }
    for (const { noun, edge } of nouns) {
      const construction = edge === 'appos' ? 'apposition' : 'title';
      const other = this.argumentAt(noun, false);
      if (other?.entity) {
        // "Swiss bank UBS" / "Paris bakery Poilane": a place named before an organization.
        if (edge === 'compound' && type === 'ORGANIZATION' && PLACE_TYPES.has(other.entity.type))
          this.emit(holder, other, noun, 'BASED_IN', 'location', ['compound']);
        // "Leeds native Tom Baker": compound(Baker, Leeds), amod(Baker, native).
        if (edge === 'compound' && type === 'PERSON' && GOVERNED_TYPES.has(other.entity.type)) {
          for (const origin of this.graph.outgoing(head)) {
            const predicate = ORIGIN_NOUNS[this.graph.lemma(origin.dependent)];
            if ((origin.dep === 'amod' || origin.dep === 'compound') && predicate !== undefined)
              this.emit(holder, other, origin.dependent, predicate, 'location', ['compound', origin.dep]);
          }
        }
        continue;
      }
      if (!this.graph.isNoun(noun)) continue;
      if (type === 'PERSON' && this.readOrigin(holder, noun, edge)) continue;
      const role = this.roleLemma(noun);
      const roleVerb = ROLE_PREDICATES[role];
      // Places and organizations named with the role noun: compounds of the noun ("Swiss bank"), its own.
      for (const inner of this.graph.outgoing(noun)) {
        if (
          inner.dep !== 'compound' &&
          inner.dep !== 'nmod:poss' &&
          inner.dep !== 'amod' &&
          inner.base !== 'nmod'
        )
          continue;
        const arg = this.argumentAt(inner.dependent);
        if (
          arg?.entity &&
          type === 'ORGANIZATION' &&
          PLACE_TYPES.has(arg.entity.type) &&
          inner.dep !== 'nmod:of'
        )
          this.emit(holder, arg, noun, 'BASED_IN', 'location', [edge, inner.dep]);
      }
      if (roleVerb) {
        // "Nobel Prize winner A", "P, makers of the Walkman"
        const objects: { arg: Argument; dep: string }[] = [];
        for (const inner of this.graph.outgoing(noun)) {
          if (inner.dep === 'nmod:of') {
            const arg = this.objectAt(inner.dependent, true);
            if (arg) objects.push({ arg, dep: inner.dep });
          } else if ((inner.dep === 'compound' || inner.dep === 'nmod:poss') && inner.dependent < noun) {
            const arg = this.objectAt(inner.dependent, inner.dep === 'compound');
            if (arg) objects.push({ arg, dep: inner.dep });
          }
        }
        // "the accused assassin of Y": what the role says is alleged.
        const alleged = this.graph
          .childrenExact(noun, 'amod')
          .some((e) => ALLEGING_ADJECTIVES.has(this.graph.lemma(e.dependent)));
        const clause = { negated: false, modality: alleged ? 'alleged' : null };
        for (const o of objects)
          this.emit(
            holder,
            o.arg,
            noun,
            choosePredicate(this.query(roleVerb, {})),
            construction,
            [edge, o.dep],
            clause,
          );
        continue;
      }
      if (type === 'PERSON' && isRoleNoun(role)) {
        let employers = this.employersOf(noun);
        // "Leeds University physics Professor X": every word hangs from the name (compound(X, physics),
        // compound(physics, University), compound(X, Professor)); the organisation is in the name's
        // compounds before the role.
        if (employers.length === 0 && edge === 'compound')
          employers = this.graph
            .childrenExact(head, 'compound')
            .filter((e) => e.dependent < noun)
            .flatMap((e) => [
              e.dependent,
              ...this.graph.childrenExact(e.dependent, 'compound').map((c) => c.dependent),
            ])
            .map((t) => this.argumentAt(t))
            .filter((a): a is Argument => a?.entity?.type === 'ORGANIZATION')
            .map((arg) => ({ arg, edge: 'compound' }));
        for (const e of employers) {
          // "French striker X", "Argentine actor X": a nationality, not an employer ("Russian diplomat X"
          // serves Russia).
          const demonym =
            e.edge === 'amod' ||
            (e.edge === 'compound' &&
              gazetteer().demonymOf(this.graph.token(e.arg.token)?.word ?? '') !== undefined);
          const national =
            demonym &&
            e.arg.entity?.type === 'COUNTRY' &&
            NATIONALITY_ROLES.has(role.split(' ').pop() ?? role);
          const predicate = national ? 'CITIZEN_OF' : this.predicateOfRole(role, e.arg, e.edge);
          this.emit(holder, e.arg, noun, predicate, construction, [edge, e.edge]);
        }
        continue;
      }
      // "Madonna's brother C", "the bank's parent company, U", "N, a unit of O": N_OF the possessor.
      for (const inner of this.graph.childrenExact(noun, 'nmod:poss', 'nmod:of')) {
        if (inner.dep === 'nmod:of' && edge !== 'appos') continue;
        const owner = this.argumentAt(inner.dependent);
        if (!owner?.entity || NOT_SUBJECT_TYPES.has(owner.entity.type)) continue;
        if (PLACE_TYPES.has(owner.entity.type) && type !== 'PERSON') {
          this.emit(holder, owner, noun, 'BASED_IN', 'location', [edge, inner.dep]);
          continue;
        }
        // "his widow, N, of Leeds": a person's place, not a kin of it.
        if (PLACE_TYPES.has(owner.entity.type)) {
          if (inner.dep === 'nmod:of')
            this.emit(holder, owner, noun, 'LIVES_IN', 'location', [edge, inner.dep]);
          continue;
        }
        const words = this.graph
          .outgoing(noun)
          .filter((e) => e.dep === 'compound' && e.dependent < noun && !this.argumentAt(e.dependent, false))
          .map((e) => this.graph.lemma(e.dependent));
        words.push(this.graph.lemma(noun), 'of');
        this.emit(holder, owner, noun, choosePredicate(this.query(words.join(' '), {})), 'kinship', [
          edge,
          inner.dep,
        ]);
      }
    }
    // "the Gazette of Montreal", "Mr S of Leeds", "Ohio's Supreme Court"; "Ann Ford, of the Tenants Union".
    for (const edge of this.graph.outgoing(head)) {
      // "Yatsushiro in Kumamoto Prefecture": a place in a place.
      if (edge.dep === 'nmod:in' && (type === 'CITY' || type === 'LOCATION' || type === 'FACILITY')) {
        const outer = this.argumentAt(edge.dependent, false);
        if (outer?.entity && GOVERNED_TYPES.has(outer.entity.type) && !this.inside(holder, edge.dependent))
          this.emit(holder, outer, head, 'LOCATED_IN', 'location', [edge.dep]);
        continue;
      }
      // "spokesman X in Leeds said": where the person is.
      if (edge.dep === 'nmod:in' && type === 'PERSON') {
        const place = this.argumentAt(edge.dependent, false);
        if (place?.entity && GOVERNED_TYPES.has(place.entity.type) && !this.inside(holder, edge.dependent))
          this.emit(holder, place, head, 'LOCATED_IN', 'location', [edge.dep]);
        continue;
      }
      if (edge.dep !== 'nmod:of' && edge.dep !== 'nmod:poss' && edge.dep !== 'nmod:at') continue;
      const place = this.argumentAt(edge.dependent, false);
      if (
        type === 'PERSON' &&
        (edge.dep === 'nmod:of' || edge.dep === 'nmod:at') &&
        place?.entity?.type === 'ORGANIZATION' &&
        !this.inside(holder, edge.dependent)
      ) {
        this.emit(holder, place, head, rolePredicate(false), 'title', [edge.dep]);
        continue;
      }
      if (edge.dep === 'nmod:at') continue;
      if (!place?.entity || !PLACE_TYPES.has(place.entity.type) || this.inside(holder, edge.dependent))
        continue;
      // "its embassy": the owner of a mission, not its place (readMission).
      if (this.isMission(holder.entity)) continue;
      if (type === 'ORGANIZATION' || type === 'FACILITY')
        this.emit(holder, place, head, type === 'FACILITY' ? 'LOCATED_IN' : 'BASED_IN', 'location', [
          edge.dep,
        ]);
      else if (type === 'PERSON' && edge.dep === 'nmod:of')
        this.emit(holder, place, head, 'LIVES_IN', 'location', [edge.dep]);
      // "Austria's Karl Huber", "Glasgow's Anne Duff".
      else if (type === 'PERSON' && GOVERNED_TYPES.has(place.entity.type))
        this.emit(
          holder,
          place,
          head,
          place.entity.type === 'COUNTRY' ? 'CITIZEN_OF' : 'LIVES_IN',
          'location',
          [edge.dep],
        );
    }
  }

  /**
   * A person's apposition or title noun that places them: "a native of Leeds", "a Leeds resident" (the
   * noun's predicate), "a mechanic from Leeds" (LIVES_IN). True when the noun is an origin noun, which
   * says nothing else about its holder.
   */
  private readOrigin(holder: Argument, noun: number, edge: string): boolean {
    const construction = edge === 'appos' ? 'apposition' : edge === 'copula' ? 'copula' : 'title';
    const predicate = ORIGIN_NOUNS[this.graph.lemma(noun)];
    for (const inner of this.graph.outgoing(noun)) {
      const from = inner.base === 'nmod' && this.preposition(inner) === 'from';
      const named =
        predicate !== undefined &&
        (inner.dep === 'compound' ||
          inner.dep === 'amod' ||
          inner.dep === 'nmod:poss' ||
          inner.dep === 'nmod:of' ||
          // "a Memphis native" parsed as dep(native, Memphis): the place right before the noun.
          (inner.dep === 'dep' && inner.dependent < noun));
      if (!from && !named) continue;
      const place = this.argumentAt(inner.dependent, false);
      if (!place?.entity || !GOVERNED_TYPES.has(place.entity.type)) continue;
      this.emit(holder, place, noun, named ? predicate : 'LIVES_IN', construction, [edge, inner.dep]);
    }
    return predicate !== undefined;
  }

  /**
   * A person's home named with its place: "her Germantown home", "his home in Lagos", "his hometown of
   * Lubbock", "her birthplace, Akron". The possessor LIVES_IN (or, for a birthplace, was BORN_IN) the
   * place. A vacation, former or childhood home says nothing of where someone lives.
   */
  private readHome(noun: number): void {
    const predicate = HOME_NOUNS[this.graph.lemma(noun)];
    if (predicate === undefined || this.argumentAt(noun, false)) return;
    const residents = this.possessorsOf(noun).filter((p) => p.arg.entity?.type === 'PERSON');
    if (residents.length === 0) return;
    const places: { place: Argument; dep: string }[] = [];
    for (const inner of this.graph.outgoing(noun)) {
      if (HOME_QUALIFIERS.has(this.graph.lemma(inner.dependent))) return;
      const named =
        (inner.dep === 'compound' && inner.dependent < noun) ||
        inner.dep === 'appos' ||
        inner.dep === 'nmod:of' ||
        inner.dep === 'nmod:in';
      if (!named) continue;
      const place = this.argumentAt(inner.dependent, false);
      if (place?.entity && GOVERNED_TYPES.has(place.entity.type)) places.push({ place, dep: inner.dep });
    }
    for (const { arg } of residents)
      for (const { place, dep } of places)
        this.emit(arg, place, noun, predicate, 'possessive', ['nmod:poss', dep]);
  }

  private inside(arg: Argument, token: number): boolean {
    return arg.first <= token && token <= arg.last;
  }

  // ---- nominalizations -------------------------------------------------------------------------------

  /**
   * An act put on someone by an accusation verb: "X was convicted of the murder of Y", "X was charged
   * with Y's killing", "X pleaded guilty to the assassination of Y". The verb's subject did the act; its
   * object is the noun's "of" or, with no "of", its possessor (Y's killing: Y was killed). A charge is
   * `alleged`, a conviction a finding.
   */
  private readAccusation(noun: number, lemma: string, verb: string | undefined): boolean {
    const governor = this.graph.incoming(noun).find((e) => e.base === 'obl' || e.base === 'nmod');
    if (governor === undefined) return false;
    const prep = this.preposition(governor);
    if (!['of', 'for', 'with', 'in', 'over', 'to'].includes(prep)) return false;
    // "pleaded guilty to": the adjective's own governor.
    let trigger = governor.governor;
    // "charged with violent crime in the slayings of Y": the act named inside the charge's nouns.
    for (let hops = 0; hops < 3 && this.graph.isNoun(trigger); hops++) {
      const up = this.graph.incoming(trigger).find((e) => e.base === 'obl' || e.base === 'nmod');
      if (up === undefined) break;
      trigger = up.governor;
    }
    if (this.graph.pos(trigger).startsWith('JJ')) {
      const up = this.graph.incoming(trigger).find((e) => e.dep === 'xcomp' || e.dep === 'advmod');
      if (up !== undefined) trigger = up.governor;
    }
    // "serving a life sentence for the slaying of Y": the verb whose object is the penalty.
    if (PENALTY_NOUNS.has(this.graph.lemma(trigger))) {
      const up = this.graph.incoming(trigger).find((e) => e.dep === 'obj');
      if (up !== undefined) trigger = up.governor;
    }
    const accused = this.accusedBy(trigger);
    if (accused === undefined) return false;
    let objects = this.graph
      .childrenExact(noun, 'nmod:of')
      .map((e) => ({ arg: this.argumentAt(e.dependent), dep: e.dep }));
    if (objects.length === 0)
      objects = this.graph
        .childrenExact(noun, 'nmod:poss')
        .map((e) => ({ arg: this.argumentAt(e.dependent), dep: e.dep }));
    const predicate =
      predicateForPhrase(lemma) ??
      (verb ? predicateForPhrase(verb) : undefined) ??
      choosePredicate(this.query(lemma, {}));
    const clause = { ...accused.clause, negated: accused.clause.negated || this.hasDeterminerNo(noun) };
    // "of U.S. citizens John Walker and Alberto Radelat": the name reached through its noun keeps its
    // conjuncts, which the graph hangs from the name, not from the noun.
    for (const o of [...objects])
      if (o.arg !== undefined)
        for (const conj of this.graph.children(o.arg.token, 'conj'))
          if (!objects.some((x) => x.arg?.token === conj.dependent))
            objects.push({ arg: this.argumentAt(conj.dependent), dep: o.dep });
    for (const o of objects) {
      if (!o.arg?.entity || NOT_SUBJECT_TYPES.has(o.arg.entity.type)) continue;
      for (const a of accused.agents)
        this.emit(a.arg, o.arg, noun, predicate, 'nominalization', [a.edge, prep, o.dep], clause);
    }
    return true;
  }

  /**
   * Who an accusation verb accuses, and how: the passive verb's subject ("X was convicted of"), else the
   * active one ("X admitted"); the verb's own negation and modality, else the accusation's (a charge is
   * `alleged`, a conviction a finding). Undefined when the verb is no accusation or names no one.
   */
  private accusedBy(
    trigger: number,
  ):
    | { agents: { arg: Argument; edge: string }[]; clause: { negated: boolean; modality: string | null } }
    | undefined {
    const accusation = this.graph.lemma(trigger);
    if (!(accusation in ACCUSATION_VERBS) || !this.graph.pos(trigger).startsWith('VB')) return undefined;
    const passive = this.isPassive(trigger);
    const objectAccused = this.objectIsAccused(trigger);
    const agents = this.graph
      .childrenExact(trigger, passive ? 'nsubj:pass' : objectAccused ? 'obj' : 'nsubj')
      .map((e) => ({ arg: this.argumentAt(e.dependent), edge: e.dep }))
      .filter((a): a is { arg: Argument; edge: string } => a.arg?.entity !== undefined);
    if (agents.length === 0) return undefined;
    const own = this.clause(trigger);
    return {
      agents,
      clause: { negated: own.negated, modality: own.modality ?? ACCUSATION_VERBS[accusation] ?? null },
    };
  }

  private isPassive(verb: number): boolean {
    return this.graph.outgoing(verb).some((e) => e.dep === 'nsubj:pass' || e.dep === 'aux:pass');
  }

  /**
   * "the jury convicted X of ...", "police charged X with ...": in the active voice an accusation verb's
   * object is the accused, except for the verbs whose subject speaks for itself ("X admitted", "X denied").
   */
  private objectIsAccused(verb: number): boolean {
    const lemma = this.graph.lemma(verb);
    return (
      lemma in ACCUSATION_VERBS &&
      this.graph.pos(verb).startsWith('VB') &&
      !SELF_ACCUSATIONS.has(lemma) &&
      !this.isPassive(verb) &&
      this.graph.hasChild(verb, 'obj')
    );
  }

  /**
   * An act named by a gerund after an accusation verb: "X was convicted of murdering Y", "X was charged
   * with killing Y", "X admitted stealing Y". The accused did the act, with the accusation's modality (a
   * charge is `alleged`). The parser may hang the gerund from the preposition (acl(with, killing)) or read
   * it as an adjective of the object (amod(Y, murdering), obl(convicted, Y)).
   */
  private readAccusedAct(gerund: number, lemma: string): boolean {
    if (this.graph.pos(gerund) !== 'VBG') return false;
    let objects: { token: number; dep: string }[] = this.graph
      .childrenExact(gerund, 'obj')
      .map((e) => ({ token: e.dependent, dep: e.dep }));
    // The act a charge names ("with killing", "of murdering", "to stealing"), not one dated by it ("after
    // raiding": the accuser's act).
    let up = this.graph
      .incoming(gerund)
      .find((e) => ['advcl', 'acl', 'obl'].includes(e.base) && (e.sub === '' || ACT_MARKERS.has(e.sub)));
    if (up && this.graph.pos(up.governor) === 'IN') up = this.graph.incoming(up.governor)[0];
    if (!up) {
      const amod = this.graph.incoming(gerund).find((e) => e.dep === 'amod' && e.governor > gerund);
      // "of murdering reporter Don Bolles": amod(reporter, murdering), compound(Bolles, reporter).
      let object = amod?.governor;
      const compound =
        object === undefined ? undefined : this.graph.incoming(object).find((e) => e.dep === 'compound');
      if (compound && compound.governor > gerund) object = compound.governor;
      up =
        object === undefined
          ? undefined
          : this.graph.incoming(object).find((e) => e.base === 'obl' && ACT_MARKERS.has(e.sub));
      if (object !== undefined && up) objects = [{ token: object, dep: 'amod' }];
    }
    if (!up || objects.length === 0) return false;
    const trigger = up.governor;
    const accused = this.accusedBy(trigger);
    if (accused === undefined) return false;
    const predicate = choosePredicate(this.query(lemma, {}));
    const date = this.dateOf(trigger);
    for (const o of objects) {
      const object = this.argumentAt(o.token);
      if (!object?.entity || NOT_SUBJECT_TYPES.has(object.entity.type)) continue;
      for (const a of accused.agents)
        this.emit(a.arg, object, gerund, predicate, 'control', [a.edge, up.dep, o.dep], accused.clause, date);
    }
    return true;
  }

  /**
   * True when `token`, an object of `verb`, stands right before a clause of `verb` that has no subject of
   * its own and a modal or a finite verb: "hoped X would lead Y", "said X "is leaving"" as the parser
   * sometimes reads them (obj(verb, X), dep or ccomp(verb, clause)).
   */
  private subjectOfLooseClause(verb: number, token: number): boolean {
    return this.graph.outgoing(verb).some((e) => {
      if ((e.dep !== 'dep' && e.dep !== 'ccomp') || e.dependent <= token || e.dependent - token > 4)
        return false;
      const clause = e.dependent;
      if (this.graph.hasChild(clause, 'nsubj', 'nsubj:pass')) return false;
      const modal = this.graph
        .childrenExact(clause, 'aux')
        .some((a) => MODAL_AUXILIARIES[this.graph.word(a.dependent)] !== undefined);
      return modal || /^VB[DZP]$/.test(this.graph.pos(clause));
    });
  }

  /**
   * "did not buy X just to get Y": the negation denies that Y was the only purpose, neither that Y was one
   * nor that it happened. Such a purpose gives no fact.
   */
  private deniedRestriction(verb: number): boolean {
    if (
      !this.graph
        .childrenExact(verb, 'advmod')
        .some((e) => EXCLUSIVE_ADVERBS.has(this.graph.word(e.dependent)))
    )
      return false;
    const up = this.graph.incoming(verb).find((e) => e.dep === 'xcomp' || e.base === 'advcl');
    return up !== undefined && this.isNegated(up.governor);
  }

  /** A gerund read as an adjective of this noun or of the noun compounded with it. */
  private gerundBefore(noun: number): boolean {
    const heads = [noun, ...this.graph.childrenExact(noun, 'compound').map((e) => e.dependent)];
    return heads.some((h) =>
      this.graph
        .childrenExact(h, 'amod')
        .some((e) => e.dependent < h && this.graph.pos(e.dependent) === 'VBG'),
    );
  }

  /** "S's acquisition of O", "his criticism of O", "the acquisition of O by S". */
  private readNominalization(noun: number): void {
    if (this.argumentAt(noun, false)) return;
    const lemma = this.graph.lemma(noun);
    if (isRoleNoun(lemma)) return;
    const actVerb = NOMINAL_VERBS[lemma];
    const verb = nounToVerb.get(lemma) ?? actVerb;
    const known = predicateForPhrase(lemma) !== undefined || verb !== undefined || EVENT_NOUNS.has(lemma);
    if (!known && !EVENT_SUFFIXES.some((s) => lemma.length > s.length + 3 && lemma.endsWith(s))) return;
    if (known && this.readAccusation(noun, lemma, verb)) return;
    const subjects: { arg: Argument; edge: string }[] = [];
    for (const edge of this.graph.childrenExact(noun, 'nmod:poss', 'nmod:by', 'nmod:agent', 'compound')) {
      // "the band's tour of Japan": a name before an act noun the vocabulary knows is its agent.
      if (edge.dep === 'compound' && (!known || edge.dependent > noun)) continue;
      const arg = this.argumentAt(edge.dependent);
      // "the Guadalajara slayings", "the Paris attacks": a town or a site before the act is where it
      // happened, not who did it (a country is an actor: "US sanctions").
      if (edge.dep === 'compound' && arg?.entity && PLACE_NOT_ACTOR_TYPES.has(arg.entity.type)) continue;
      if (arg?.entity) subjects.push({ arg, edge: edge.dep });
    }
    if (subjects.length === 0) return;
    const nmods = this.graph.children(noun, 'nmod');
    // "the attack by Russian forces in Ukraine": where a hostile act happens, a country or a city, is what
    // it hits, when the act names no target of its own ("attack on X").
    const targetless =
      HOSTILE_PREDICATES.has(predicateForPhrase(lemma) ?? '') &&
      !nmods.some((e) => TARGET_PREPOSITIONS.has(this.preposition(e)));
    for (const edge of nmods) {
      const prep = this.preposition(edge);
      if (prep === 'in' && targetless) {
        const place = this.argumentAt(edge.dependent);
        if (place?.entity && (place.entity.type === 'COUNTRY' || place.entity.type === 'CITY')) {
          const clause = { negated: this.hasDeterminerNo(noun), modality: null };
          for (const s of subjects)
            this.emit(s.arg, place, noun, 'ATTACKS', 'nominalization', [s.edge, edge.dep], clause);
        }
        continue;
      }
      if (!NOMINAL_PREPOSITIONS.has(prep)) continue;
      // Only "of" carries the object of a noun the vocabulary does not know ("criticism of X");
      // "decision to X" or "report from X" read no fact.
      // An act noun of NOMINAL_VERBS takes its object after any of them but "to" ("support for X").
      if (
        prep !== 'of' &&
        predicateForPhrase(`${lemma} ${prep}`) === undefined &&
        (!known || prep === 'to' || (prep === 'for' && actVerb === undefined))
      )
        continue;
      const object = this.argumentAt(edge.dependent);
      if (!object?.entity) continue;
      const predicate =
        predicateForPhrase(`${lemma} ${prep}`) ??
        predicateForPhrase(lemma) ??
        (verb ? predicateForPhrase(verb) : undefined) ??
        // "X's lawsuit against Y": the verb the act noun names (SUE), not the noun.
        choosePredicate(
          actVerb !== undefined
            ? this.query(actVerb, {})
            : this.query(lemma, prep === 'of' ? {} : { preposition: prep }),
        );
      const clause = { negated: this.hasDeterminerNo(noun), modality: null };
      for (const s of subjects)
        this.emit(s.arg, object, noun, predicate, 'nominalization', [s.edge, edge.dep], clause);
    }
  }
}
