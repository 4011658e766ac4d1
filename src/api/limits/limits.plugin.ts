/**
 * Holds every request to the limits of src/api/limits/limits.ts, in three places:
 * - documentSizeRule, a validation rule: the size of the document (selections once fragments are
 *   expanded, repeated object fields, directives, fragments, aliases, depth), measured in one linear pass
 *   before the other rules look at it (some are quadratic; see limits.ts);
 * - didResolveOperation: the estimated cost (it needs the variables: `first: $n` counts as n);
 * - willSendResponse: the size of the response, before it is serialized.
 * Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED; format-error.ts puts back the
 * code of a QueryLimitError.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema, Kind, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { ApiContext } from '../context';
import { ApiErrorCode, BadUserInputError, QueryLimitError } from '../errors';
import { measureDocument } from './document-measure';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  MAX_ALIASES,
  MAX_COMPLEXITY,
  MAX_DEPTH,
  MAX_DIRECTIVES,
  MAX_FRAGMENTS,
  MAX_REPEATED_OBJECT_FIELDS,
  MAX_SELECTIONS,
} from './limits';
import { jsonBytesOver } from './response-size';

export interface LimitsOptions {
  /** NEWSGRAPH_MAX_RESPONSE_BYTES. */
  readonly maxResponseBytes?: number;
}

export function limitsPlugin(options: LimitsOptions = {}): ApolloServerPlugin<ApiContext> {
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (operation === undefined) return; // Apollo answers that itself (no such operation)
          checkComplexity(schema, document, request.operationName, request.variables);
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          if (!jsonBytesOver(response.body.singleResult, maxResponseBytes)) return;
          response.body.singleResult = {
            errors: [
              {
                message:
                  `The response would be larger than ${maxResponseBytes} bytes ` +
                  '(NEWSGRAPH_MAX_RESPONSE_BYTES). Ask for smaller pages (first), fewer evidence or ' +
                  'aliases, or article texts in parts (text(offset, maxLength)).',
                extensions: {
                  code: ApiErrorCode.RESPONSE_TOO_LARGE,
                  limit: maxResponseBytes,
                  requestId: contextValue.requestId,
                },
              },
            ],
          };
          response.http.status = 400;
        },
      };
    },
  };
}

/**
 * The size limits as a validation rule that runs before the others look at the document: graphql-js
 * visits the document node first, and a visitor that replaces it with an empty document leaves the
 * other rules nothing to walk (throwing instead would make Apollo answer 500).
 */
export const documentSizeRule: ValidationRule = (context) => ({
  Document(document) {
    try {
      checkDocumentSize(document);
      return undefined;
    } catch (error) {
      if (!(error instanceof QueryLimitError)) throw error;
      context.reportError(error);
      return { kind: Kind.DOCUMENT, definitions: [] };
    }
  },
});

/** The cheap limits, all from one linear measure of the document. */
export function checkDocumentSize(document: DocumentNode): void {
  const measure = measureDocument(document);
  const tooLarge = (what: string, limit: number, actual: number) =>
    new QueryLimitError(
      `The query ${what} (${actual}); the limit is ${limit}.`,
      ApiErrorCode.QUERY_TOO_LARGE,
      limit,
      actual,
    );
  if (measure.fragments > MAX_FRAGMENTS) {
    throw tooLarge('defines too many fragments', MAX_FRAGMENTS, measure.fragments);
  }
  if (measure.directives > MAX_DIRECTIVES) {
    throw tooLarge('uses too many directives', MAX_DIRECTIVES, measure.directives);
  }
  if (measure.aliases > MAX_ALIASES) {
    throw new QueryLimitError(
      `The query uses ${measure.aliases} aliases; the limit is ${MAX_ALIASES}.`,
      ApiErrorCode.TOO_MANY_ALIASES,
      MAX_ALIASES,
      measure.aliases,
    );
  }
  if (measure.selections > MAX_SELECTIONS) {
    throw tooLarge(
      'selects too many fields once its fragments are expanded',
      MAX_SELECTIONS,
      // The expansion of a fragment bomb is astronomically large: report it as a plain number.
      Math.min(measure.selections, Number.MAX_SAFE_INTEGER),
    );
  }
  if (measure.repeatedObjectFields > MAX_REPEATED_OBJECT_FIELDS) {
    throw tooLarge(
      'selects one object field too many times in one selection set',
      MAX_REPEATED_OBJECT_FIELDS,
      measure.repeatedObjectFields,
    );
  }
  if (measure.depth > MAX_DEPTH) {
    throw new QueryLimitError(
      `The query nests ${measure.depth} levels deep; the limit is ${MAX_DEPTH}.`,
      ApiErrorCode.QUERY_TOO_DEEP,
      MAX_DEPTH,
      measure.depth,
    );
  }
}

/**
 * The estimated cost of the operation, with its variables (`first: $n` counts as n); over MAX_COMPLEXITY:
 * QUERY_TOO_COMPLEX. Also run on subscription documents (src/api/subscriptions/websocket.ts).
 */
export function checkComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): void {
  const complexity = complexityOf(schema, document, operationName, variables ?? undefined);
  if (complexity > MAX_COMPLEXITY) {
    throw new QueryLimitError(
      `The query would cost ${complexity} (each field 1, each list times its page size, an ` +
        `article's text by its length); the limit is ${MAX_COMPLEXITY}. Ask for smaller pages ` +
        '(first), fewer nested lists or shorter texts (maxLength).',
      ApiErrorCode.QUERY_TOO_COMPLEX,
      MAX_COMPLEXITY,
      complexity,
    );
  }
}

/**
 * Costs already computed, by schema, parsed document (Apollo keeps one DocumentNode per query text in its
 * document store) and operation name with variables: the same query costs the same, and computing it
 * walks the whole document with type information. At most COSTS_PER_DOCUMENT variable sets per document.
 */
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
const COSTS_PER_DOCUMENT = 64;

function complexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  let byDocument = costs.get(schema);
  if (byDocument === undefined) costs.set(schema, (byDocument = new WeakMap()));
  let known = byDocument.get(document);
  if (known === undefined) byDocument.set(document, (known = new Map()));
  const key = `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const cost = computeComplexity(schema, document, operationName, variables);
  if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value as string);
  known.set(key, cost);
  return cost;
}

function computeComplexity(
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
