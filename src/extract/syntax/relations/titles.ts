/**
 * HOLDS_TITLE: a person's title read before the name ("Secretary of State X": the entity stage's `title`
 * attribute) as a fact whose object is the role of one state or one organisation ("US Secretary of State",
 * "chairman of Acme"), never one global "President" node that would join every president of every article.
 *
 * The role's owner: the one organisation or country the person's own title facts name (LEADS or WORKS_FOR
 * read from a title, an apposition or a copula); failing that, for a state office that no head of state
 * holds ("Secretary of State", "finance minister"), the article's home country (on-behalf.ts), when no other person of the
 * article holds that title and no fact ties the person to another country. No owner, no fact: the title
 * stays an attribute of the person.
 */
import type { Annotation } from '../../../nlp/annotation';
import { NATIONAL_TITLES } from '../../relations/on-behalf';
import { shortName } from '../entities/missions';
import type { EntityTable, SyntaxEntity, SyntaxMention } from '../model';
import { list } from '../lexicon';
import { STATE_OFFICES } from './lexicon';

import type { Candidate } from './readers';

const FORMS_OF_ADDRESS = list('formsOfAddress');
const OWNER_PREDICATES: ReadonlySet<string> = new Set(['LEADS', 'WORKS_FOR']);
const OWNER_CONSTRUCTIONS: ReadonlySet<string> = new Set(['title', 'apposition', 'copula']);
/** Facts that tie a person to a country other than the home one. */
const COUNTRY_TIES: ReadonlySet<string> = new Set([
  'LEADS',
  'WORKS_FOR',
  'CITIZEN_OF',
  'LIVES_IN',
  'BORN_IN',
]);

export function titleHolders(
  annotation: Annotation,
  table: EntityTable,
  candidates: readonly Candidate[],
  home: SyntaxEntity | undefined,
): Candidate[] {
  const holders = new Map<string, number>();
  for (const e of table.entities) {
    const title = titleOf(e);
    if (title !== undefined) holders.set(title.toLowerCase(), (holders.get(title.toLowerCase()) ?? 0) + 1);
  }
  const out: Candidate[] = [];
  for (const person of table.entities) {
    const title = titleOf(person);
    if (title === undefined) continue;
    const mention = titledMention(annotation, person, title);
    if (mention === undefined) continue;
    const own = candidates.filter((c) => c.subject.entity === person && !c.negated);
    const owners = new Set(
      own
        .filter(
          (c) =>
            OWNER_PREDICATES.has(c.predicate) &&
            OWNER_CONSTRUCTIONS.has(c.construction) &&
            (c.object.entity?.type === 'COUNTRY' || c.object.entity?.type === 'ORGANIZATION'),
        )
        .map((c) => c.object.entity!),
    );
    let owner: SyntaxEntity | undefined = owners.size === 1 ? [...owners][0] : undefined;
    if (
      owner === undefined &&
      owners.size === 0 &&
      home !== undefined &&
      isStateOffice(title) &&
      holders.get(title.toLowerCase()) === 1 &&
      !own.some(
        (c) =>
          COUNTRY_TIES.has(c.predicate) && c.object.entity?.type === 'COUNTRY' && c.object.entity !== home,
      )
    )
      owner = home;
    if (owner === undefined) continue;
    const words = title.split(/\s+/).length;
    const first = mention.first - words;
    const last = mention.first - 1;
    const short = owner.type === 'COUNTRY' ? shortName(owner) : undefined;
    const office = withoutOwner(title, owner);
    const text = short === undefined ? `${office} of ${withArticle(owner)}` : `${short} ${office}`;
    out.push({
      subject: {
        entity: person,
        first: mention.first,
        last: mention.last,
        token: mention.head,
        ner: mention.nerConfidence ?? 1,
        resolved: false,
      },
      object: {
        phrase: { sentence: mention.sentence, first, last, head: last, text, role: true },
        first,
        last,
        token: last,
        ner: 1,
        resolved: false,
      },
      sentence: mention.sentence,
      trigger: last,
      predicate: 'HOLDS_TITLE',
      construction: 'title',
      path: ['compound'],
      negated: false,
      modality: null,
    });
  }
  return out;
}

/**
 * The person's title, unless it is a form of address ("Dr.", "Mrs"), which names no office, or a post no
 * longer held ("former chief", "ex-minister", "the late president").
 */
function titleOf(entity: SyntaxEntity): string | undefined {
  const title = entity.attributes.title;
  if (entity.type !== 'PERSON' || typeof title !== 'string' || title.trim() === '') return undefined;
  const lower = title.trim().toLowerCase();
  if (FORMS_OF_ADDRESS.has(lower.replace(/\.$/, ''))) return undefined;
  if (/^(former|ex|late|then|outgoing)\b/.test(lower)) return undefined;
  return title.trim();
}

/** "EFF lawyer" of the Electronic Frontier Foundation is its "lawyer": the owner's name leaves the title. */
function withoutOwner(title: string, owner: SyntaxEntity): string {
  for (const name of [owner.name, ...owner.aliases]) {
    if (title.length > name.length + 1 && title.toLowerCase().startsWith(`${name.toLowerCase()} `))
      return title.slice(name.length + 1);
  }
  return title;
}

/** The person's first own mention with the title written right before it ("Secretary of State X"). */
function titledMention(
  annotation: Annotation,
  person: SyntaxEntity,
  title: string,
): SyntaxMention | undefined {
  const words = title.toLowerCase().split(/\s+/);
  return person.mentions.find((m) => {
    if (m.source === 'coref' || m.first <= words.length) return false;
    const tokens = annotation.sentences[m.sentence]?.tokens ?? [];
    return words.every((w, i) => tokens[m.first - 1 - words.length + i]?.word.toLowerCase() === w);
  });
}

/**
 * A state office that is no head of state's, by its head word ("Secretary of State", "finance minister").
 * A head of state is left out: news names foreign presidents and kings as often as its own, while the
 * article's home country fits its cabinet offices far more often.
 */
function isStateOffice(title: string): boolean {
  const lower = title.toLowerCase();
  if (NATIONAL_TITLES.has(lower)) return false;
  const words = lower.split(' of ')[0]!.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const lastTwo = words.slice(-2).join(' ');
  return STATE_OFFICES.has(last) || STATE_OFFICES.has(lastTwo);
}

/** Country names that take "the" ("the United States", "the Netherlands"); other names are as they are. */
const THE_COUNTRY =
  /\b(States|Kingdom|Republic|Union|Emirates|Islands|Netherlands|Philippines|Bahamas|Gambia)\b/;

function withArticle(owner: SyntaxEntity): string {
  return owner.type === 'COUNTRY' && THE_COUNTRY.test(owner.name) ? `the ${owner.name}` : owner.name;
}
