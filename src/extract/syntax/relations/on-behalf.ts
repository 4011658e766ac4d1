/**
 * A head of state acts for the state: "President X announced sanctions against Belarusian entities" also
 * says X's country sanctions Belarus. The leader's country is the one a LEADS fact names; failing that,
 * for a national title with no country named ("President X"), the article's home country: the one whose
 * unqualified national departments it cites ("the Treasury Department") and whose officials and
 * government it names without saying more ("US officials", "the US government"). The word lists are the
 * fast extractor's (src/extract/relations/on-behalf.ts), not repeated here.
 */
import type { Annotation } from '../../../nlp/annotation';
import type { EntityType } from '../../../vocabulary';
import { NATIONAL_INSTITUTIONS } from '../../lexicon/organizations';
import { NATIONAL_TITLES, OFFICIAL_NOUNS, STATE_ACTS } from '../../relations/on-behalf';
import { mentionAt, type EntityTable, type SyntaxEntity } from '../model';
import { COUNTRY_TARGET_PREDICATES } from './lexicon';
import type { Candidate } from './readers';

/**
 * "sanctioned 24 Belarusian firms": a hostile act on things a nationality word marks also targets that
 * country (the word is the gazetteer's reading of a demonym, not a name in the phrase: "Russia's attack").
 */
const COUNTED_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['QUANTITY', 'CONCEPT', 'EVENT']);

export function nationalTargets(table: EntityTable, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    // The things targeted: a phrase, or a count of them ("24 Belarusian firms"), not a named entity.
    const things = c.object.phrase !== undefined || COUNTED_TYPES.has(c.object.entity?.type ?? 'PERSON');
    if (!things || !COUNTRY_TARGET_PREDICATES.has(c.predicate)) continue;
    for (let t = c.object.first; t <= c.object.last; t++) {
      const country = table.entityAt({ sentence: c.sentence, token: t });
      if (country?.type !== 'COUNTRY' || country === c.subject.entity) continue;
      const mention = mentionAt(country, c.sentence, t);
      if (mention?.source !== 'gazetteer') continue;
      out.push({
        ...c,
        object: { entity: country, first: t, last: t, token: t, ner: 1, resolved: false },
        construction: 'demonym',
        path: [...c.path, 'amod'],
      });
      break;
    }
  }
  return out;
}

/** The same acts, read for the leader's country, as candidates of their own ("on-behalf"). */
export function actsOnBehalf(
  table: EntityTable,
  home: SyntaxEntity | undefined,
  candidates: readonly Candidate[],
): Candidate[] {
  const countryOf = leaderCountries(table, candidates, home);
  const out: Candidate[] = [];
  for (const c of candidates) {
    const country = countryOf.get(c.subject.entity!.index);
    // Only acts on entities: a phrase object ("sanctions ... for his role") is too often a reason or a
    // manner for the copy to be worth its risk.
    if (country === undefined || !STATE_ACTS.has(c.predicate) || c.object.entity === undefined) continue;
    if (c.object.entity === country) continue;
    out.push({
      ...c,
      subject: { ...c.subject, entity: country, resolved: true },
      construction: 'on-behalf',
      path: [...c.path, 'on-behalf'],
    });
  }
  return out;
}

function leaderCountries(
  table: EntityTable,
  candidates: readonly Candidate[],
  home: SyntaxEntity | undefined,
): Map<number, SyntaxEntity> {
  const countries = new Map<number, SyntaxEntity>();
  for (const c of candidates)
    if (c.predicate === 'LEADS' && c.object.entity?.type === 'COUNTRY' && !c.negated)
      countries.set(c.subject.entity!.index, c.object.entity);
  if (home === undefined) return countries;
  for (const entity of table.entities) {
    const title = String(entity.attributes.title ?? '').toLowerCase();
    if (entity.type === 'PERSON' && NATIONAL_TITLES.has(title) && !countries.has(entity.index))
      countries.set(entity.index, home);
  }
  return countries;
}

export function homeCountry(annotation: Annotation, table: EntityTable): SyntaxEntity | undefined {
  const votes = new Map<SyntaxEntity, number>();
  const vote = (entity: SyntaxEntity | undefined, weight: number): void => {
    if (entity !== undefined) votes.set(entity, (votes.get(entity) ?? 0) + weight);
  };
  const byCode = new Map<string, SyntaxEntity>();
  for (const e of table.entities)
    if (e.type === 'COUNTRY' && typeof e.attributes.countryCode === 'string')
      byCode.set(e.attributes.countryCode, e);
  for (const e of table.entities) {
    const code = NATIONAL_INSTITUTIONS[e.name];
    if (code !== undefined && /Department|Ministry|Congress|Pentagon/.test(e.name))
      vote(byCode.get(code), 2 * e.mentions.length);
  }
  for (const e of table.entities) {
    if (e.type !== 'COUNTRY') continue;
    for (const m of e.mentions) {
      if (m.source === 'coref') continue;
      const next = annotation.sentences[m.sentence]?.tokens[m.last];
      if (next !== undefined && OFFICIAL_NOUNS.has(next.word.toLowerCase())) vote(e, 1);
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].index - b[0].index);
  const top = ranked[0];
  if (top === undefined || top[1] < 2 || (ranked[1] !== undefined && ranked[1][1] === top[1]))
    return undefined;
  return top[0];
}
