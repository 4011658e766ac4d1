/**
 * Money, quantities and dates from the NER's numeric mentions, normalized: money keeps its magnitude and
 * currency ("£10.6m" -> GBP 10,600,000; CoreNLP's own value drops the "m" after a pound sign), a percentage
 * its value, a count its counted noun (a bare number is no entity), a date its ISO value resolved against
 * the article's date ("Monday" -> the Monday before it).
 */
import type { EntityMention } from '../../../nlp/annotation';
import { resolveDate } from '../../dates';
import { currencyOf } from '../lexicon';
import type { DocumentView, SentenceView } from './document';
import { headOf } from './document';
import type { Draft } from './drafts';
import { cleanName } from './spans';

const MAGNITUDES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

const MONEY =
  /^(US\$|[$£€¥#])?\s*(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|m|mn|million|bn|billion|tn|trillion)?\b\.?\s*(dollars?|pounds?|euros?|yen|sterling)?/i;

export function numericDrafts(doc: DocumentView, articleDate: string | null): Draft[] {
  const out: Draft[] = [];
  for (const view of doc.sentences) {
    for (const m of view.sentence.entitymentions ?? []) {
      const draft =
        m.ner === 'MONEY'
          ? money(doc, view, m)
          : m.ner === 'PERCENT'
            ? percent(doc, view, m)
            : m.ner === 'NUMBER'
              ? count(doc, view, m)
              : m.ner === 'DATE'
                ? date(doc, view, m, articleDate)
                : undefined;
      if (draft !== undefined) out.push(draft);
    }
  }
  return out;
}

function base(doc: DocumentView, view: SentenceView, first: number, last: number, ner: string): Draft {
  const tokens = view.tokens;
  const start = tokens[first - 1]!.characterOffsetBegin;
  const end = tokens[last - 1]!.characterOffsetEnd;
  return {
    sentence: view.index,
    first,
    last,
    head: headOf(view, first, last),
    start,
    end,
    name: cleanName(doc.text.slice(start, end)),
    type: 'QUANTITY',
    source: 'ner',
    ner,
    attributes: {},
    orgCues: 0,
    strongOrg: false,
    clubCues: 0,
    group: -1,
  };
}

/** "64.5 million", "2 billion", "25,000". */
export function formatAmount(value: number): string {
  const scaled = (n: number, word: string): string => `${Number(n.toPrecision(6)).toString()} ${word}`;
  if (value >= 1e12) return scaled(value / 1e12, 'trillion');
  if (value >= 1e9) return scaled(value / 1e9, 'billion');
  if (value >= 1e6) return scaled(value / 1e6, 'million');
  return Number(value.toPrecision(9)).toLocaleString('en-US');
}

const NORMALIZED_MONEY = /^([$£€¥])?(\d+(?:\.\d+)?(?:E-?\d+)?)$/;

export function parseMoney(
  surface: string,
  normalized: string | undefined,
): { value: number; currency: string } | undefined {
  // "trillions of dollars", "hundreds of millions of pounds": no amount, though the NER normalizes one.
  if (!/\d/.test(surface) && /\b(hundreds|thousands|millions|billions|trillions)\b/i.test(surface))
    return undefined;
  const m = MONEY.exec(cleanName(surface));
  let currency: string | undefined;
  let value: number | undefined;
  if (m !== null) {
    const symbol = m[1];
    const word = m[4]?.toLowerCase().replace(/s$/, '');
    currency =
      symbol !== undefined
        ? currencyOf(symbol)
        : word !== undefined
          ? currencyOf(word === 'sterling' ? 'pound' : word)
          : undefined;
    const magnitude = m[3] === undefined ? 1 : (MAGNITUDES[m[3].toLowerCase()] ?? 1);
    value = Number(m[2]!.replace(/,/g, '')) * magnitude;
  }
  const n = normalized === undefined ? null : NORMALIZED_MONEY.exec(normalized.replace(/^[<>~]=?/, ''));
  if (n !== null && n !== undefined) {
    currency ??= n[1] === undefined ? undefined : currencyOf(n[1]);
    const normalizedValue = Number(n[2]);
    // Trust the normalized value only when it keeps a magnitude the surface shows too.
    if (value === undefined || (Number.isFinite(normalizedValue) && normalizedValue > value))
      value = normalizedValue;
  }
  if (value === undefined || !Number.isFinite(value) || currency === undefined) return undefined;
  return { value: Number(value.toPrecision(12)), currency };
}

function money(doc: DocumentView, view: SentenceView, m: EntityMention): Draft | undefined {
  const draft = base(doc, view, m.tokenBegin + 1, m.tokenEnd, m.ner);
  const parsed = parseMoney(doc.text.slice(draft.start, draft.end), m.normalizedNER);
  if (parsed === undefined) return undefined;
  draft.type = 'MONEY';
  draft.attributes = {
    value: parsed.value,
    currency: parsed.currency,
    text: draft.name.replace(/^[^\p{L}\p{N}$£€¥]+/u, ''),
  };
  draft.idKey = `${parsed.currency.toLowerCase()}-${String(parsed.value).replace('.', '-')}`;
  draft.key = `money:${draft.idKey}`;
  draft.name = `${parsed.currency} ${formatAmount(parsed.value)}`;
  return draft;
}

function percent(doc: DocumentView, view: SentenceView, m: EntityMention): Draft | undefined {
  const draft = base(doc, view, m.tokenBegin + 1, m.tokenEnd, m.ner);
  const value = Number((m.normalizedNER ?? '').replace(/^[<>~]=?/, '').replace('%', ''));
  if (!Number.isFinite(value) || (m.normalizedNER ?? '') === '') return undefined;
  draft.attributes = { value, unit: 'percent' };
  draft.idKey = `${String(value).replace('.', '-')}-percent`;
  draft.key = `quantity:${draft.idKey}`;
  draft.name = `${String(value)} percent`;
  return draft;
}

/** A number that counts something ("25,000 copies"): the counted noun is its unit. A bare number is none. */
function count(doc: DocumentView, view: SentenceView, m: EntityMention): Draft | undefined {
  const first = m.tokenBegin + 1;
  const last = m.tokenEnd;
  if (!/\d/.test(m.text)) return undefined;
  // "2100 GMT": a wire header's clock time, which the NER reads as a number before a name.
  const zone = view.tokens[last];
  if (first === last && /^\d{3,4}$/.test(m.text) && zone !== undefined && CLOCK_ZONE.test(zone.word)) {
    const draft = base(doc, view, first, last + 1, 'TIME');
    draft.type = 'DATE';
    return asClockTime(draft);
  }
  const head = headOf(view, first, last);
  const noun = view.governor[head] ?? -1;
  if (view.relation[head] !== 'nummod' || noun <= last || noun > last + 3) return undefined;
  // Only adjectives may stand between the number and its noun ("25,000 new copies"), not another noun.
  for (let t = last + 1; t < noun; t += 1) if (!/^(JJ|HYPH)/.test(view.tokens[t - 1]!.pos)) return undefined;
  const nounToken = view.tokens[noun - 1]!;
  // "21 Records" is a name, not twenty-one records: the counted noun is lower case.
  if (
    !nounToken.pos.startsWith('NN') ||
    nounToken.pos.startsWith('NNP') ||
    !/^\p{Ll}/u.test(nounToken.word)
  ) {
    return undefined;
  }
  const value = Number(m.normalizedNER ?? Number.NaN);
  if (!Number.isFinite(value)) return undefined;
  const draft = base(doc, view, first, noun, m.ner);
  const unit = nounToken.lemma.toLowerCase();
  draft.head = noun;
  draft.attributes = { value, unit };
  draft.idKey = `${String(value).replace('.', '-')}-${unit.replace(/[^a-z0-9]+/g, '-')}`;
  draft.key = `quantity:${draft.idKey}`;
  draft.name = `${formatAmount(value)} ${nounToken.word}`;
  return draft;
}

/**
 * The NER's date normalization without SUTime writes "20220228", "200406" or "1999"; as ISO
 * ("2022-02-28", "2004-06", "1999"). Other values ("****0303", "monday") are returned unchanged.
 */
export function isoOfNormalized(value: string): string {
  const day = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (day !== null) return `${day[1]}-${day[2]}-${day[3]}`;
  const month = /^(\d{4})(\d{2})(XX)?$/.exec(value);
  if (month !== null) return `${month[1]}-${month[2]}`;
  return value;
}

const WEEKDAY = /XXXX-WXX-([1-7])/;
const CLOCK_ZONE = /^(GMT|UTC|BST|CET|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$/;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;
const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEARLESS_DAY = new RegExp(`^(?:\\d{1,2} ${MONTH_NAME}|${MONTH_NAME} \\d{1,2})$`);

/** A clock time and its zone ("1313 GMT"): the name is the value, keyed as a time. */
function asClockTime(draft: Draft): Draft {
  draft.attributes = { value: draft.name, granularity: 'time' };
  draft.key = `time:${draft.name.toLowerCase()}`;
  return draft;
}

/** The ISO value and granularity of a SUTime value, resolved against the article's date. */
export function resolveTimex(
  value: string,
  articleDate: string | null,
): { value: string; granularity: string } | undefined {
  const day = ISO_DAY.exec(value);
  if (day !== null) return { value: day[0], granularity: 'day' };
  const weekday = WEEKDAY.exec(value);
  if (weekday !== null) {
    if (articleDate === null) return undefined;
    const anchor = new Date(`${articleDate}T00:00:00Z`);
    if (Number.isNaN(anchor.getTime())) return undefined;
    const want = Number(weekday[1]) % 7; // ISO 1 = Monday .. 7 = Sunday; JS 0 = Sunday
    const back = (anchor.getUTCDay() - want + 7) % 7;
    anchor.setUTCDate(anchor.getUTCDate() - back);
    return { value: anchor.toISOString().slice(0, 10), granularity: 'day' };
  }
  if (ISO_MONTH.test(value)) return { value, granularity: 'month' };
  if (ISO_YEAR.test(value)) return { value, granularity: 'year' };
  const month = /^XXXX-(\d{2})$/.exec(value);
  if (month !== null && articleDate !== null)
    return { value: `${articleDate.slice(0, 4)}-${month[1]}`, granularity: 'month' };
  return undefined;
}

function date(
  doc: DocumentView,
  view: SentenceView,
  m: EntityMention,
  articleDate: string | null,
): Draft | undefined {
  const draft = base(doc, view, m.tokenBegin + 1, m.tokenEnd, m.ner);
  while (draft.first < draft.last && /^(DT|IN|,)$/.test(view.tokens[draft.first - 1]!.pos)) draft.first += 1;
  // A wire dateline's clock time ("1313 GMT 11 Feb 94" is one mention without SUTime): the time and its
  // zone are the entity, not a date read from its digits. `zone` is the 0-based index of the zone token,
  // after the first token, so the token before it (the time) lies inside the mention.
  const zone = view.tokens.findIndex(
    (t, i) => i + 1 > draft.first && i + 1 <= draft.last && CLOCK_ZONE.test(t.word),
  );
  const clock = zone >= 0 && /^\d{3,4}$/.test(view.tokens[zone - 1]!.word);
  if (clock) {
    draft.last = zone + 1;
    draft.end = view.tokens[zone]!.characterOffsetEnd;
  }
  draft.start = view.tokens[draft.first - 1]!.characterOffsetBegin;
  draft.name = cleanName(doc.text.slice(draft.start, draft.end));
  draft.head = headOf(view, draft.first, draft.last);
  draft.type = 'DATE';
  if (clock) return asClockTime(draft);
  // SUTime's value when it ran; otherwise our own reading of the words against the article's date
  // (src/extract/dates.ts: "Monday", "last week", "3 March"), then the NER's numeric normalization.
  const resolved =
    m.timex?.value !== undefined
      ? resolveTimex(m.timex.value, articleDate)
      : (resolveDate(draft.name, articleDate) ??
        resolveTimex(isoOfNormalized(m.normalizedNER ?? ''), articleDate));
  if (resolved === undefined) {
    // Unresolved relative dates ("last week" with no article date) are no entity; a plain weekday and a
    // day of a month with no year ("12 April", "Feb. 11") are dates all the same, kept with no value.
    if (!/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(draft.name) && !YEARLESS_DAY.test(draft.name))
      return undefined;
    draft.key = `date:${draft.name.toLowerCase()}`;
    return draft;
  }
  draft.attributes = { value: resolved.value, granularity: resolved.granularity };
  draft.idKey = resolved.value;
  draft.key = `date:${resolved.value}`;
  if (resolved.granularity === 'day' && resolved.value !== draft.name) draft.name = resolved.value;
  return draft;
}
