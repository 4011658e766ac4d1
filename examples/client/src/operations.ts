/** The two operations this client sends. Codegen reads them and types them (see ../codegen.yml). */
import { graphql } from './gql';

export const IngestArticle = graphql(`
  mutation IngestArticle($input: ArticleInput!) {
    ingestArticle(input: $input) {
      articleId
      status
      entities
      relations
    }
  }
`);

export const ArticleFacts = graphql(`
  query ArticleFacts($id: ID!, $first: Int!, $after: String) {
    article(id: $id) {
      id
      title
      relations(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            subject {
              name
              type
            }
            predicate
            object {
              name
              type
            }
            negated
            modality
            confidence
            evidence {
              sentenceIndex
              text
              article {
                id
              }
            }
          }
        }
      }
    }
  }
`);
