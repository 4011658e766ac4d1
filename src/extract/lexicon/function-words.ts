/** Closed-class words: never names, and the only words a glued name may carry ("Putinan" = "Putin an"). */

export const PRONOUNS = new Set([
  'i',
  'me',
  'my',
  'we',
  'us',
  'our',
  'you',
  'your',
  'he',
  'him',
  'his',
  'she',
  'her',
  'it',
  'its',
  'they',
  'them',
  'their',
  'this',
  'that',
  'these',
  'those',
  'who',
  'whom',
  'whose',
  'which',
  'what',
  'one',
]);

export const DAY_NAMES = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

export const MONTH_NAMES = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Short words that glue onto a preceding name in badly edited copy, longest first. */
export const GLUE_WORDS: readonly string[] = [
  'said',
  'and',
  'the',
  'was',
  'has',
  'had',
  'is',
  'an',
  'of',
  'in',
  'on',
  'to',
  'a',
];

export const MODAL_VERBS = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  "'ll",
  'wo',
  'ca',
]);

export const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/** Subordinators that open a clause: a subject is never looked for across one. */
export const CLAUSE_OPENERS = new Set([
  'that',
  'if',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'when',
  'whenever',
  'after',
  'before',
  'since',
  'until',
  'unless',
  'as',
  'so',
  'once',
  'where',
  'whether',
]);

export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose']);
