/** The sample article, ingested through the real extractor and graph writer, as the e2e tests' data. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import type { GraphDatabase } from '../../../src/graph/database';
import { ingestArticle, type IngestOutcome } from '../../../src/graph/ingest';
import { applySchema } from '../../../src/graph/schema';

export const SAMPLE_ID = 'belarus-embassy-closure';
export const SAMPLE_PATH = path.join(PROJECT_ROOT, 'samples', 'belarus-embassy-closure.txt');

export function sampleText(): string {
  return readFileSync(SAMPLE_PATH, 'utf8');
}

export async function ingestSample(db: GraphDatabase): Promise<IngestOutcome> {
  await applySchema(db);
  return ingestArticle(db, {
    id: SAMPLE_ID,
    title: 'US to close embassy in Belarus as fears grow it may join Russia’s war',
    text: sampleText(),
    date: '2022-02-28',
    source: 'DailyMail.com',
  });
}

/** Nodes and relationships in the whole database: bad input must leave both unchanged. */
export async function graphSize(db: GraphDatabase): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>(
    'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  return row ?? { nodes: 0, relationships: 0 };
}
