/** One article read from an input, or the reason it could not be read, with where it came from. */
import type { ArticleInput } from '../../graph/article-input';

export type SourceItem =
  | { readonly origin: string; readonly input: ArticleInput; readonly error?: undefined }
  | { readonly origin: string; readonly error: Error; readonly input?: undefined };
