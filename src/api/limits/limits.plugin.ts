/**
 * Refuses an operation before it runs when it nests too deeply, uses too many aliases, would cost too
 * much, or is a mutation without the API key. Done in didResolveOperation rather than as validation rules:
 * rules cannot see variables (`first: $n` must count as n), and Apollo turns every validation error into
 * GRAPHQL_VALIDATION_FAILED, while each of these has its own code.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { requireApiKey } from '../auth';
import type { ApiContext } from '../context';
import { ApiErrorCode, BadUserInputError, QueryLimitError } from '../errors';
import { aliasCount, operationDepth } from './depth';
import { MAX_ALIASES, MAX_COMPLEXITY, MAX_DEPTH } from './limits';

export function limitsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (operation === undefined) return; // Apollo answers that itself (no such operation)
          const fragments: Record<string, FragmentDefinitionNode> = {};
          const selectionSets: SelectionSetNode[] = [];
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
            if (
              definition.kind === Kind.FRAGMENT_DEFINITION ||
              definition.kind === Kind.OPERATION_DEFINITION
            ) {
              selectionSets.push(definition.selectionSet);
            }
          }
          const depth = operationDepth(operation, fragments);
          if (depth > MAX_DEPTH) {
            throw new QueryLimitError(
              `The query nests ${depth} levels deep; the limit is ${MAX_DEPTH}.`,
              ApiErrorCode.QUERY_TOO_DEEP,
              MAX_DEPTH,
              depth,
            );
          }
          const aliases = aliasCount(selectionSets);
          if (aliases > MAX_ALIASES) {
            throw new QueryLimitError(
              `The query uses ${aliases} aliases; the limit is ${MAX_ALIASES}.`,
              ApiErrorCode.TOO_MANY_ALIASES,
              MAX_ALIASES,
              aliases,
            );
          }
          const complexity = complexityOf(schema, document, request.operationName, request.variables);
          if (complexity > MAX_COMPLEXITY) {
            throw new QueryLimitError(
              `The query would cost ${complexity} (each field 1, each list times its page size); the limit ` +
                `is ${MAX_COMPLEXITY}. Ask for smaller pages (first) or fewer nested lists.`,
              ApiErrorCode.QUERY_TOO_COMPLEX,
              MAX_COMPLEXITY,
              complexity,
            );
          }
          if (operation.operation === 'mutation') requireApiKey(contextValue.auth);
        },
      };
    },
  };
}

function complexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // Variables that do not fit their types: say so as execution would, not as an internal error.
    if (error instanceof GraphQLError) {
      const refused = new BadUserInputError(error.message);
      Object.assign(refused.extensions, { http: { status: 400, headers: new Map() } });
      throw refused;
    }
    throw error;
  }
}
