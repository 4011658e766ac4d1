/**
 * The limits every request is held to. Each refusal is a GraphQL error with a fixed extensions.code
 * (in brackets): a page larger than MAX_FIRST [BAD_USER_INPUT], a body over MAX_BODY_BYTES
 * [PAYLOAD_TOO_LARGE, HTTP 413], more than MAX_TOKENS tokens [GRAPHQL_PARSE_FAILED], nesting deeper than
 * MAX_DEPTH [QUERY_TOO_DEEP], more than MAX_ALIASES aliases [TOO_MANY_ALIASES], more than
 * MAX_SELECTIONS selections once fragments are expanded, MAX_REPEATED_OBJECT_FIELDS repeats of one object
 * field in a selection set, MAX_DIRECTIVES directives or MAX_FRAGMENTS fragments [QUERY_TOO_LARGE], an
 * estimated cost over MAX_COMPLEXITY [QUERY_TOO_COMPLEX], a response over NEWSGRAPH_MAX_RESPONSE_BYTES
 * [RESPONSE_TOO_LARGE]; every Cypher transaction is stopped after NEWSGRAPH_QUERY_TIMEOUT_MS
 * [QUERY_TIMEOUT].
 *
 * The size limits run before graphql-js validation: its overlapping-fields rule is quadratic in
 * repeated fields and fragments, so a document must be small before it is validated (measured: at these
 * limits no document of MAX_TOKENS tokens validates in more than a few tens of milliseconds).
 */
export const MAX_FIRST = 100;
export const MAX_DEPTH = 10;
export const MAX_ALIASES = 30;
export const MAX_TOKENS = 5_000;
export const MAX_COMPLEXITY = 20_000;
/** Below graphql-query-complexity's own node limit (10,000), so its walk never throws. */
export const MAX_SELECTIONS = 2_000;
export const MAX_REPEATED_OBJECT_FIELDS = 20;
export const MAX_DIRECTIVES = 50;
export const MAX_FRAGMENTS = 100;
/** Default of NEWSGRAPH_MAX_RESPONSE_BYTES. */
export const DEFAULT_MAX_RESPONSE_BYTES = 10_000_000;
export const MAX_BODY_BYTES = 1_000_000;
/** Search results are a list, not a connection: the same bound applies. */
export const MAX_SEARCH_RESULTS = MAX_FIRST;
export const MAX_SEARCH_QUERY_LENGTH = 200;
export const MAX_PATH_HOPS = 10;
