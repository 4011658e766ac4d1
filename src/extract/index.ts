/**
 * The extractor: a news article in, typed entities with merged aliases, events and relations with evidence
 * out. Pure, deterministic and offline: the same text and options give the same output, byte for byte.
 *
 * Input contract: binary data (NUL bytes, or more than 2% control or undecodable characters) throws
 * AppError BAD_USER_INPUT; so does a malformed --date. Empty or whitespace-only text gives an Extraction
 * with no sentences, entities or relations. HTML is read with its markup blanked out (offsets still point
 * into the original). Text that is not English gives its sentences and no entities or relations.
 */
import { AppError, ErrorCode } from '../errors';
import { assemble, assembleSentences } from './assemble';
import { isIsoDate } from './dates';
import { findMentions } from './entities';
import { articleId } from './ids';
import { assertText, isBlank } from './input-guard';
import { looksEnglish } from './language';
import { blankMarkup, looksLikeMarkup } from './markup';
import { analyse } from './nlp/analyse';
import { breakLongWords, normalizeCharacters } from './normalize';
import { insertSpaces } from './offset-text';
import { readRelations } from './relations';
import { clusterMentions } from './resolution/clusters';
import { nameEntities } from './resolution/naming';
import { findGlueSplits } from './splitting';
import type { ExtractedArticle, Extraction, ExtractOptions } from './types';

export type * from './types';

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  assertText(text);
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `--date must be a calendar date as YYYY-MM-DD, got "${options.date}"`,
    );
  }
  const article = (sentences: ExtractedArticle['sentences']): ExtractedArticle => ({
    id: options.id ?? articleId(text),
    title: options.title ?? null,
    date: options.date ?? null,
    sentences,
  });
  if (isBlank(text)) return { article: article([]), entities: [], relations: [] };
  let working = breakLongWords(normalizeCharacters(text));
  if (looksLikeMarkup(working)) working = blankMarkup(working);
  const english = looksEnglish(working);
  const analysed = analyse(text, insertSpaces(working, english ? findGlueSplits(working) : []));
  const sentences = assembleSentences(analysed);
  if (!english) return { article: article(sentences), entities: [], relations: [] };
  const found = findMentions(analysed, options.date ?? null);
  const entities = clusterMentions(found.mentions);
  nameEntities(entities);
  const drafts = readRelations(analysed, found.mentions, entities, found.links);
  const assembled = assemble(analysed, entities, drafts);
  return { article: article(sentences), entities: assembled.entities, relations: assembled.relations };
}
