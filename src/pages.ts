/**
 * What a page served beside the API is, in plain data: explore/ describes its pages (Neo4j Browser style
 * and guide, the offline IDE) with these types and api/http serves them, so neither imports the other; the
 * composition root (src/cli, the tests) hands one to the other.
 */

/** A response body with its type; cacheControl defaults to `no-cache`. */
export interface PageBody {
  readonly contentType: string;
  readonly body: string | Buffer;
  readonly cacheControl?: string;
}

/** What a page may know of the server that serves it, once it listens. */
export interface ServingContext {
  /** The absolute GraphQL URL, e.g. http://127.0.0.1:4000/graphql. */
  readonly graphqlUrl: string;
}

/** One page at an exact path, answered to GET (and HEAD). */
export interface PageRoute {
  readonly path: string;
  /**
   * Origins whose pages may read this one (CORS). None by default: a page of another origin can neither
   * read it nor send it a request with an Authorization or JSON body.
   */
  readonly allowedOrigins?: readonly string[];
  render(context: ServingContext): PageBody;
}

/** A folder of files served under a path prefix (ending with "/"), e.g. an IDE's bundle. */
export interface StaticFolder {
  readonly prefix: string;
  readonly root: string;
  readonly maxAgeSeconds: number;
}

/** Where the GraphQL landing page points people: the offline IDE and the API key form's script. */
export interface LandingLinks {
  readonly offlineIdePath: string;
  readonly apiKeyScriptPath: string;
}

export interface Pages {
  readonly routes: readonly PageRoute[];
  readonly folders: readonly StaticFolder[];
  /** Absent: the landing page links to nothing else (e.g. in production, where there is none). */
  readonly landing?: LandingLinks;
}
