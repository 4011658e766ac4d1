/**
 * The relation stage's word lists, loaded once from lexicon.json (data, not code). Role nouns and
 * leader roles shared with the fast extractor come from src/extract/lexicon/titles.ts.
 */
import data from './lexicon.json';
import { LEADER_ROLES, ROLE_NOUNS } from '../../lexicon/titles';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

export const EMPLOYMENT_ROLES = set(data.employmentRoles);
/** Organisations that govern a place, led only by the place's head: "Danish government", "Biden administration". */
export const GOVERNING_BODIES = set(data.governingBodies);
/** Verbs of leaving a post with no object ("has resigned"); "step down", "stand aside" by their particle. */
export const LEAVING_VERBS = set(data.leavingVerbs);
/** Roles a nationality before them does not employ: "French striker X" is French, not employed by France. */
export const NATIONALITY_ROLES = set(data.nationalityRoles);
/** Verbs that oppose a plan, a bid or a proposal ("blocked a plan to build"): the plan is not theirs. */
export const OPPOSING_VERBS = set(data.opposingVerbs);
/** A function or portfolio before a leader's title ("finance director", "foreign minister"): no leader. */
export const FUNCTION_NOUNS = set(data.functionNouns);
export const EMPLOYMENT_SUFFIXES: readonly string[] = data.employmentSuffixes;
export const ROLE_PREDICATES: Readonly<Record<string, string>> = data.rolePredicates;
/** Roles that lead a country, a region or a city ("prime minister"); a minister or a senator serves one. */
export const PLACE_LEADER_ROLES = set(data.placeLeaderRoles);
/** Offices of a state that are no leader's ("Secretary of State", "finance minister"), by their head word. */
export const STATE_OFFICES = set(data.stateOffices);
/** Abbreviated titles read as their role noun: "Sen." is a senator. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = data.titleAbbreviations;
/** Nouns that tie a person to a place by origin or residence ("a native of X", "X resident"): predicates. */
export const ORIGIN_NOUNS: Readonly<Record<string, string>> = data.originNouns;
/**
 * Nouns for where someone lives or was born, read with their possessor ("her Germantown home", "his
 * hometown of Lubbock"): predicates.
 */
export const HOME_NOUNS: Readonly<Record<string, string>> = data.homeNouns;
/** Words that make a home no residence now: "his vacation home", "her childhood home", "his former home". */
export const HOME_QUALIFIERS = set(data.homeQualifiers);
export const REPORTING_VERBS = set(data.reportingVerbs);
/** Saying verbs whose "on"/"in" phrase is the medium ("said on his website"), not a topic. */
export const MEDIUM_VERBS = set(data.mediumVerbs);
/** Hostile acts whose target's nationality is targeted too ("sanctions against Belarusian firms"). */
export const COUNTRY_TARGET_PREDICATES = set(data.countryTargetPredicates);
export const MODALITY_VERBS: Readonly<Record<string, string>> = data.modalityVerbs;
/**
 * Verbs that put an act on a person ("convicted of the murder of X", "charged with X's killing"): the
 * verb's subject did the act, with this modality (null: a finding; "alleged": a charge; "denied").
 */
/** Saying verbs that accuse the subject of what they report: "X alleges Y deceived customers" (X ACCUSES Y). */
export const ALLEGING_VERBS = set(data.allegingVerbs);
/**
 * Act nouns and the verb whose act they name, read as nominalizations with their possessor as the agent
 * ("X's criticism of Y" is X criticising Y; "X's victory over Y" is X beating Y); the event nouns of
 * src/extract/lexicon/events.ts are read too.
 */
export const NOMINAL_VERBS: Readonly<Record<string, string>> = data.nominalVerbs;
/** Stances toward a thing that are stances toward its owner: "backed Apple's bid" also SUPPORTS Apple. */
export const STANCE_PREDICATES = set(data.stancePredicates);
export const ACCUSATION_VERBS: Readonly<Record<string, string | null>> = data.accusationVerbs;
/** What a verb of the accused names ("serving a life sentence for", "faces two counts of"): the verb's
 * subject is the accused of the act the noun is for. */
export const PENALTY_NOUNS = set(data.penaltyNouns);
/** Verbs whose complement happened whatever they say of it: "cannot remember shooting X" (X was shot). */
export const FACTIVE_VERBS = set(data.factiveVerbs);
/** Verbs that give their object a role: "named X publisher of Y", "elected X as chairman of Y". */
export const APPOINTING_VERBS = set(data.appointingVerbs);
export const NEGATING_VERBS = set(data.negatingVerbs);
export const NEGATION_WORDS = set(data.negationWords);
export const MODAL_AUXILIARIES: Readonly<Record<string, string>> = data.modalAuxiliaries;
export const TEMPORAL_NOUNS = set(data.temporalNouns);
export const EMPTY_OBJECT_HEADS = set(data.emptyObjectHeads);
export const COPULA_LIKE_VERBS = set(data.copulaLikeVerbs);
export const LIGHT_VERBS = set(data.lightVerbs);
/** Verbs whose object is the subject of their infinitive ("asked X to leave"); for others the parser's
 * object-controlled reading of "beat X to win" is a purpose clause of the verb's own subject. */
export const OBJECT_CONTROL_VERBS = set(data.objectControlVerbs);
/** Adverbs that restrict a purpose: "did not buy X just to get Y" denies the restriction, not Y. */
export const EXCLUSIVE_ADVERBS = set(data.exclusiveAdverbs);
/** Acts a relative clause on an instrument names: "the shots that killed Y" (the user did them). */
export const INSTRUMENT_ACTS = set(data.instrumentActs);
/** Adverbs that make a fact an allegation: "X allegedly fired the shots". */
export const ALLEGING_ADVERBS = set(data.allegingAdverbs);
/** Adjectives that make a role an allegation: "the accused assassin of", "the suspected killer of". */
export const ALLEGING_ADJECTIVES = set(data.allegingAdjectives);
/** Words of direction between "in" and a place: "in northern Israel", "in north-east England". */
export const DIRECTION_WORDS = set(data.directionWords);
/** Words that qualify a region after "in": "in rural Montana", "in extreme northern Chile". */
export const PLACE_QUALIFIERS = set(data.placeQualifiers);
/** Nouns that stand for the organization named in front of them: "its Lumen Labs unit". */
export const ORGANIZATION_STAND_INS = set(data.organizationStandIns);
/** Stand-ins that name a part of the organization ("its research unit"): its head works for it. */
export const ORGANIZATION_UNITS = set(data.organizationUnits);
/** Nouns that stand for the country named in front of them: "the US government", "Russia's leadership". */
export const GOVERNMENT_STAND_INS = set(data.governmentStandIns);
/** Local institutions that stand for the place named in front of them: "a Los Angeles grand jury". */
export const PLACE_INSTITUTIONS = set(data.placeInstitutions);

/** Nouns of a person's relation to another that is no employment: "his brother", "her rival", "a fan". */
export const PERSONAL_RELATION_NOUNS = set(data.personalRelationNouns);

/** A role noun ("spokesperson", "chief executive", "economist"): its holder works for someone. */
export function isRoleNoun(lemma: string): boolean {
  if (PERSONAL_RELATION_NOUNS.has(lemma)) return false;
  if (LEADER_ROLES.has(lemma) || ROLE_NOUNS.has(lemma) || EMPLOYMENT_ROLES.has(lemma)) return true;
  const last = lemma.split(/[\s-]/).pop() ?? lemma;
  if (last !== lemma && isRoleNoun(last)) return true;
  return EMPLOYMENT_SUFFIXES.some((suffix) => lemma.length > suffix.length + 3 && lemma.endsWith(suffix));
}

/** A role that makes its holder lead the organization ("president", "chief executive", "head"). */
export function isLeaderRole(role: string): boolean {
  if (LEADER_ROLES.has(role)) return true;
  const words = role.split(' ');
  // "vice president", "deputy head" and "assistant director" hold a leader's title without leading.
  if (words.length > 1 && ['vice', 'deputy', 'assistant', 'associate'].includes(words[0]!)) return false;
  // "finance director", "communications minister": the head of one function serves the organisation.
  if (words.length > 1 && FUNCTION_NOUNS.has(words[words.length - 2]!)) return false;
  return LEADER_ROLES.has(words[words.length - 1]!) && !EMPLOYMENT_ROLES.has(role);
}
