/**
 * A small typed client of the newsgraph API: it ingests an article, then prints who did what to whom,
 * with the sentence each fact was read from.
 *
 *   GRAPHQL_URL=http://127.0.0.1:4000/graphql NEWSGRAPH_API_KEY=<key> node examples/client/dist/main.js <article.txt>
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLClient } from 'graphql-request';
import { ArticleFacts, IngestArticle } from './operations';
import type { ArticleFactsQuery } from './gql/graphql';

type Fact = NonNullable<ArticleFactsQuery['article']>['relations']['edges'][number]['node'];

const PAGE_SIZE = 50;

export function describeFact(fact: Fact, articleId: string): string {
  const qualifiers = [fact.negated ? 'NOT' : null, fact.modality].filter(
    (q) => q !== null && q !== undefined,
  );
  const head = `${fact.subject.name} -${fact.predicate}-> ${fact.object.name}`;
  const sentence = fact.evidence.find((evidence) => evidence.article.id === articleId) ?? fact.evidence[0];
  return [
    `${head}${qualifiers.length > 0 ? ` [${qualifiers.join(', ')}]` : ''}  (confidence ${fact.confidence.toFixed(2)})`,
    sentence === undefined ? '' : `    “${sentence.text}” (sentence ${sentence.sentenceIndex})`,
  ].join('\n');
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error('usage: node examples/client/dist/main.js <article.txt>');
  const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:4000/graphql';
  const apiKey = process.env.NEWSGRAPH_API_KEY;
  const client = new GraphQLClient(url, { headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} });

  const { ingestArticle } = await client.request(IngestArticle, {
    input: { text: readFileSync(file, 'utf8'), title: path.parse(file).name },
  });
  console.log(
    `${ingestArticle.status} ${ingestArticle.articleId}: ${ingestArticle.entities} entities, ${ingestArticle.relations} relations`,
  );

  let after: string | null = null;
  do {
    const page: ArticleFactsQuery = await client.request(ArticleFacts, {
      id: ingestArticle.articleId,
      first: PAGE_SIZE,
      after,
    });
    if (page.article === null || page.article === undefined)
      throw new Error(`article ${ingestArticle.articleId} not found`);
    for (const edge of page.article.relations.edges) console.log(describeFact(edge.node, page.article.id));
    after = page.article.relations.pageInfo.hasNextPage
      ? (page.article.relations.pageInfo.endCursor ?? null)
      : null;
  } while (after !== null);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
