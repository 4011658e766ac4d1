/**
 * The page GET /graphql shows a browser: Apollo Sandbox (loaded from Apollo's CDN) with an example
 * operation in development; nothing in production.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Config } from '../config';

export const EXAMPLE_OPERATION = `# Welcome to the newsgraph API. Run this, then explore the schema on the left.
# Who sanctions whom, with the sentences that say so:
query WhoSanctionsWhom {
  relations(where: { predicate: "SANCTIONS" }, first: 10) {
    totalCount
    edges {
      node {
        subject { name type }
        predicate
        object { name type }
        confidence
        evidence { text article { title publishedAt } }
      }
    }
  }
  searchEntities(query: "Lukashenka", first: 3) {
    score
    entity { id name aliases }
  }
}
`;

export function landingPagePlugin(config: Config): ApolloServerPlugin {
  if (config.nodeEnv === 'production') return ApolloServerPluginLandingPageDisabled();
  return ApolloServerPluginLandingPageLocalDefault({
    embed: true,
    document: EXAMPLE_OPERATION,
    footer: false,
  });
}
