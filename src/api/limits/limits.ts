/**
 * The limits every request is held to. Each refusal is a GraphQL error with a fixed extensions.code
 * (in brackets): a page larger than MAX_FIRST [BAD_USER_INPUT], a body over MAX_BODY_BYTES
 * [PAYLOAD_TOO_LARGE, HTTP 413], more than MAX_TOKENS tokens [GRAPHQL_PARSE_FAILED], nesting deeper than
 * MAX_DEPTH [QUERY_TOO_DEEP], more than MAX_ALIASES aliases [TOO_MANY_ALIASES], an estimated cost over
 * MAX_COMPLEXITY [QUERY_TOO_COMPLEX]; every Cypher transaction is stopped after
 * NEWSGRAPH_QUERY_TIMEOUT_MS [QUERY_TIMEOUT].
 */
export const MAX_FIRST = 100;
export const MAX_DEPTH = 10;
export const MAX_ALIASES = 30;
export const MAX_TOKENS = 5_000;
export const MAX_COMPLEXITY = 20_000;
export const MAX_BODY_BYTES = 1_000_000;
/** Search results are a list, not a connection: the same bound applies. */
export const MAX_SEARCH_RESULTS = MAX_FIRST;
export const MAX_SEARCH_QUERY_LENGTH = 200;
export const MAX_PATH_HOPS = 10;
