/**
 * Dates, times, money, percentages and counts, found by token patterns. wink's own recognizer does this
 * too, but costs a third of the analysis time; these patterns are linear and cover what news writes:
 * "Monday", "last week", "February 28", "Nov. 5, 1989", "21 Feb 94", "1700 GMT", "$5 million",
 * "hundreds of billions of dollars", "27 percent", "10,000 acres".
 */
import { DAY_NAMES, MONTH_NAMES } from '../lexicon/function-words';
import type { NumericSpan, SentenceSpan, Token } from './document';

const RELATIVE_UNITS = new Set(['week', 'month', 'year', 'weekend']);
const RELATIVE_LEADS = new Set(['last', 'next', 'this']);
const DEICTIC_DAYS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
const SCALES = new Set([
  'million',
  'billion',
  'trillion',
  'thousand',
  'hundred',
  'millions',
  'billions',
  'trillions',
  'thousands',
  'hundreds',
]);
const CURRENCIES = new Set([
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'rubles',
  'roubles',
  'yuan',
  'yen',
  'francs',
  'marks',
  'rupees',
  'cents',
]);
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
]);
const TIME_ZONES = new Set(['GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT']);

type Matcher = (
  tokens: readonly Token[],
  i: number,
  end: number,
) => { type: string; last: number } | undefined;

export function findNumerics(tokens: readonly Token[], sentences: readonly SentenceSpan[]): NumericSpan[] {
  const spans: NumericSpan[] = [];
  for (const sentence of sentences) {
    let i = sentence.first;
    while (i < sentence.last) {
      const found = match(tokens, i, sentence.last);
      if (found === undefined) {
        i += 1;
        continue;
      }
      spans.push({ type: found.type, first: i, last: found.last });
      i = found.last + 1;
    }
  }
  return spans;
}

/** Only these tokens can start a numeric expression: a cheap test before the matchers run. */
function canStart(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  if (first >= 48 && first <= 57) return true;
  return (
    token.kind === 'currency' ||
    MONTH_NAMES.has(token.lower.replace(/\.$/, '')) ||
    DAY_NAMES.has(token.lower) ||
    DEICTIC_DAYS.has(token.lower) ||
    RELATIVE_LEADS.has(token.lower) ||
    NUMBER_WORDS.has(token.lower) ||
    token.text === '$' ||
    token.text === '€' ||
    token.text === '£'
  );
}

function match(tokens: readonly Token[], i: number, end: number): { type: string; last: number } | undefined {
  if (!canStart(tokens[i] as Token)) return undefined;
  for (const matcher of MATCHERS) {
    const found = matcher(tokens, i, end);
    if (found !== undefined) return found;
  }
  return undefined;
}

const at = (tokens: readonly Token[], k: number, end: number): Token | undefined =>
  k < end ? tokens[k] : undefined;
const isMonth = (t: Token | undefined) =>
  t !== undefined &&
  /^[A-Z]/.test(t.text) &&
  MONTH_NAMES.has(t.lower.replace(/\.$/, '')) &&
  !(t.lower === 'may' && t.pos === 'AUX');
const isDayNumber = (t: Token | undefined) =>
  t !== undefined && /^\d{1,2}(st|nd|rd|th)?$/.test(t.lower) && parseInt(t.lower, 10) <= 31;
const isYear = (t: Token | undefined) => t !== undefined && /^(1[5-9]\d\d|20\d\d|'?\d\d)$/.test(t.text);
const isNumber = (t: Token | undefined) =>
  t !== undefined && (/^\d[\d.,]*$/.test(t.text) || NUMBER_WORDS.has(t.lower));

/** "Nov. 5, 1989", "February 28", "April", "March 1991". */
const monthFirst: Matcher = (tokens, i, end) => {
  if (!isMonth(tokens[i])) return undefined;
  let last = i;
  if (tokens[i + 1]?.text === '.' && !tokens[i + 1]?.spaceBefore && (tokens[i] as Token).text.length <= 4)
    last += 1;
  if (isDayNumber(at(tokens, last + 1, end))) {
    last += 1;
    if (at(tokens, last + 1, end)?.text === ',' && /^\d{4}$/.test(at(tokens, last + 2, end)?.text ?? ''))
      last += 2;
  } else if (/^\d{4}$/.test(at(tokens, last + 1, end)?.text ?? '')) last += 1;
  if (last === i && tokens[i]?.lower === 'march' && tokens[i]?.pos === 'VERB') return undefined;
  return { type: 'DATE', last };
};

/** "18 January", "21 Feb 94". */
const dayFirst: Matcher = (tokens, i, end) => {
  if (!isDayNumber(tokens[i]) || !isMonth(at(tokens, i + 1, end))) return undefined;
  return { type: 'DATE', last: isYear(at(tokens, i + 2, end)) ? i + 2 : i + 1 };
};

/** "Monday", "Sunday night", "last week", "today", "this morning". */
const relativeDay: Matcher = (tokens, i, end) => {
  const token = tokens[i] as Token;
  if (DAY_NAMES.has(token.lower) && /^[A-Z]/.test(token.text)) {
    const next = at(tokens, i + 1, end);
    return {
      type: 'DATE',
      last: next !== undefined && /^(night|morning|afternoon|evening)$/.test(next.lower) ? i + 1 : i,
    };
  }
  if (DEICTIC_DAYS.has(token.lower)) return { type: 'DATE', last: i };
  const next = at(tokens, i + 1, end);
  if (
    RELATIVE_LEADS.has(token.lower) &&
    next !== undefined &&
    (RELATIVE_UNITS.has(next.lower) || DAY_NAMES.has(next.lower))
  ) {
    return { type: 'DATE', last: i + 1 };
  }
  return undefined;
};

/** "in 1988", "since 1991": a bare year after a preposition. */
const bareYear: Matcher = (tokens, i) => {
  const token = tokens[i] as Token;
  if (!/^(1[6-9]\d\d|20\d\d)$/.test(token.text)) return undefined;
  const before = tokens[i - 1];
  return before !== undefined &&
    /^(in|since|of|by|until|till|from|to|before|after|during|early|late|mid|and)$/.test(before.lower)
    ? { type: 'DATE', last: i }
    : undefined;
};

/** "1700 GMT", "7 a.m.", "4:45 p.m.". */
const clockTime: Matcher = (tokens, i, end) => {
  const token = tokens[i] as Token;
  if (!/^\d{1,4}(:\d\d)?$/.test(token.text)) return undefined;
  let k = i + 1;
  if (at(tokens, k, end)?.text === ':' && /^\d\d$/.test(at(tokens, k + 1, end)?.text ?? '')) k += 2;
  const unit = at(tokens, k, end);
  if (unit !== undefined && (TIME_ZONES.has(unit.text) || /^[ap]\.?m\.?$/i.test(unit.text)))
    return { type: 'TIME', last: k };
  return undefined;
};

/** "$5 million", "5 billion dollars", "hundreds of billions of dollars". */
const money: Matcher = (tokens, i, end) => {
  const token = tokens[i] as Token;
  let k = i;
  if (token.kind === 'currency' || token.text === '$' || token.text === '€' || token.text === '£') {
    if (!isNumber(at(tokens, k + 1, end))) return undefined;
    k = numberEnd(tokens, k + 1, end);
    while (SCALES.has(at(tokens, k + 1, end)?.lower ?? '')) k += 1;
    return { type: 'MONEY', last: k };
  }
  if (!isNumber(token)) return undefined;
  k = numberEnd(tokens, i, end);
  while (
    SCALES.has(at(tokens, k + 1, end)?.lower ?? '') ||
    (at(tokens, k + 1, end)?.lower === 'of' && SCALES.has(at(tokens, k + 2, end)?.lower ?? ''))
  ) {
    k += at(tokens, k + 1, end)?.lower === 'of' ? 2 : 1;
  }
  const of = at(tokens, k + 1, end)?.lower === 'of' ? 1 : 0;
  if (CURRENCIES.has(at(tokens, k + 1 + of, end)?.lower ?? '')) return { type: 'MONEY', last: k + 1 + of };
  return undefined;
};

/** "27 percent", "9 %". */
const percent: Matcher = (tokens, i, end) => {
  if (!isNumber(tokens[i])) return undefined;
  const k = numberEnd(tokens, i, end);
  const unit = at(tokens, k + 1, end);
  if (unit?.lower === 'percent' || unit?.text === '%') return { type: 'PERCENT', last: k + 1 };
  if (unit?.lower === 'per' && at(tokens, k + 2, end)?.lower === 'cent')
    return { type: 'PERCENT', last: k + 2 };
  return undefined;
};

/** Any other number: a CARDINAL, which becomes a quantity only with a unit (entities/numeric.ts). */
const cardinal: Matcher = (tokens, i, end) => {
  const token = tokens[i] as Token;
  if (!/^\d[\d.,]*$/.test(token.text) && !(NUMBER_WORDS.has(token.lower) && token.lower !== 'one'))
    return undefined;
  let k = numberEnd(tokens, i, end);
  while (SCALES.has(at(tokens, k + 1, end)?.lower ?? '')) k += 1;
  return { type: 'CARDINAL', last: k };
};

/** "10 , 000" and "10,000" are one number. */
function numberEnd(tokens: readonly Token[], i: number, end: number): number {
  let k = i;
  while (at(tokens, k + 1, end)?.text === ',' && /^\d{3}$/.test(at(tokens, k + 2, end)?.text ?? '')) k += 2;
  return k;
}

const MATCHERS: readonly Matcher[] = [
  monthFirst,
  dayFirst,
  relativeDay,
  clockTime,
  money,
  percent,
  bareYear,
  cardinal,
];
