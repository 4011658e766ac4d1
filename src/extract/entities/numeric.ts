/**
 * Dates, money and quantities from wink's numeric entities. Dates are resolved against the article date;
 * a bare count ("24") is no entity, a count with a unit ("93 miles", "27 percent") is a quantity.
 */
import type { EntityType } from '../../vocabulary';
import { resolveDate } from '../dates';
import type { MentionDraft } from '../model';
import type { AnalysedText, NumericSpan, Token } from '../nlp/document';

const UNITS = new Set([
  'mile',
  'miles',
  'km',
  'kilometer',
  'kilometers',
  'kilometre',
  'kilometres',
  'meter',
  'meters',
  'metre',
  'metres',
  'foot',
  'feet',
  'inch',
  'inches',
  'yard',
  'yards',
  'acre',
  'acres',
  'hectare',
  'hectares',
  'percent',
  'per',
  '%',
  'ton',
  'tons',
  'tonne',
  'tonnes',
  'pound',
  'pounds',
  'kilogram',
  'kilograms',
  'kg',
  'mph',
  'degrees',
  'barrels',
  'gallons',
  'liters',
  'litres',
  'square',
  'troops',
  'soldiers',
  'people',
  'casualties',
  'deaths',
  'votes',
  'jobs',
  'points',
]);

const MULTIPLIER_SUFFIXES = new Set(['k', 'm', 'mn', 'bn', 'b', 'tn']);

export function numericMentions(analysed: AnalysedText, articleDate: string | null): MentionDraft[] {
  const mentions: MentionDraft[] = [];
  for (const span of analysed.numerics) {
    const mention = numericMention(analysed, span, articleDate);
    if (mention !== undefined) mentions.push(mention);
  }
  return mentions;
}

function numericMention(
  analysed: AnalysedText,
  span: NumericSpan,
  articleDate: string | null,
): MentionDraft | undefined {
  const tokens = analysed.tokens;
  let last = span.last + 1;
  let type: EntityType;
  switch (span.type) {
    case 'DATE':
    case 'TIME':
      type = 'DATE';
      break;
    case 'MONEY': {
      // "£10.6m", "$3bn": the multiplier glued to the number is part of the amount.
      const suffix = tokens[last];
      const number = tokens[last - 1];
      if (
        suffix !== undefined &&
        number !== undefined &&
        suffix.start === number.end &&
        MULTIPLIER_SUFFIXES.has(suffix.lower)
      )
        last += 1;
      type = 'MONEY';
      break;
    }
    case 'PERCENT':
      type = 'QUANTITY';
      break;
    case 'CARDINAL': {
      const unit = tokens[last];
      if (unit === undefined || !UNITS.has(unit.lower) || unit.sentence !== tokens[span.first]?.sentence)
        return undefined;
      last += 1;
      type = 'QUANTITY';
      break;
    }
    default:
      return undefined;
  }
  let first = span.first;
  while (first < last && (tokens[first] as Token).pos === 'DET') first += 1;
  if (first >= last) return undefined;
  const a = tokens[first] as Token;
  const b = tokens[last - 1] as Token;
  const text = analysed.original.slice(a.start, b.end);
  const attributes: MentionDraft['attributes'] = {};
  let name = text;
  if (type === 'DATE') {
    const resolved = resolveDate(text, articleDate);
    if (resolved !== undefined) {
      attributes.value = resolved.value;
      attributes.granularity = resolved.granularity;
      if (resolved.granularity === 'day') name = resolved.value;
    }
    if (
      !/\d|day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tomorrow|yesterday/i.test(
        text,
      )
    )
      return undefined;
  }
  return {
    first,
    last,
    sentence: a.sentence,
    start: a.start,
    end: b.end,
    type,
    name,
    key:
      type === 'DATE' && attributes.value !== undefined
        ? `date:${String(attributes.value)}:${String(attributes.granularity)}`
        : null,
    canonical: null,
    attributes,
    cue: 'numeric',
    entity: -1,
  };
}
