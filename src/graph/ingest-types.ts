/** What ingesting one article did. */
export type IngestStatus = 'new' | 'unchanged' | 'replaced';

export interface IngestOutcome {
  articleId: string;
  status: IngestStatus;
  /** Entities the article links to (its MENTIONS); 0 when unchanged. */
  entities: number;
  /** Fact relationships written for the article; 0 when unchanged. */
  relations: number;
  /** Entity nodes this article created (the others joined existing ones). */
  entitiesCreated?: number;
  /** Extracted relations left out: an invalid predicate or no evidence. */
  skippedRelations?: number;
}

export function unchangedOutcome(articleId: string): IngestOutcome {
  return {
    articleId,
    status: 'unchanged',
    entities: 0,
    relations: 0,
    entitiesCreated: 0,
    skippedRelations: 0,
  };
}
