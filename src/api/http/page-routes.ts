/**
 * The pages of src/pages.ts on Fastify: exact routes, folders through @fastify/static, and CORS
 * (@fastify/cors) only on the routes that name origins, for those origins only. A CORS route is
 * registered in a scope of its own folder, so the plugin's catch-all preflight route covers that folder
 * (e.g. /browser/*) and nothing else: /graphql never answers a preflight.
 */
import fastifyCors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PageBody, PageRoute, Pages, ServingContext } from '../../pages';

const CORS_MAX_AGE_S = 600;

export async function registerPages(
  app: FastifyInstance,
  pages: Pages,
  serving: () => ServingContext,
): Promise<void> {
  const send = (route: PageRoute) => (_request: unknown, reply: FastifyReply) =>
    sendPage(reply, route.render(serving()));
  for (const route of pages.routes.filter((candidate) => candidate.allowedOrigins === undefined)) {
    app.get(route.path, send(route));
  }
  for (const [folder, routes] of corsGroups(pages.routes)) {
    const origins = routes[0]?.allowedOrigins ?? [];
    await app.register(
      async (scope) => {
        await scope.register(fastifyCors, {
          origin: [...origins],
          methods: ['GET', 'OPTIONS'],
          // No allowedHeaders: the preflight grants the headers it asks for. Browser sends pragma and
          // cache-control and may add tracing headers; these routes serve public, static content and read
          // no credentials, so granting them grants nothing.
          exposedHeaders: 'x-request-id',
          maxAge: CORS_MAX_AGE_S,
          strictPreflight: false,
        });
        for (const route of routes) scope.get(route.path.slice(folder.length), send(route));
      },
      { prefix: folder },
    );
  }
  for (const folder of pages.folders) {
    await app.register(fastifyStatic, {
      root: folder.root,
      prefix: folder.prefix,
      index: false,
      list: false,
      decorateReply: false,
      maxAge: folder.maxAgeSeconds * 1000,
      // A path that climbs out of the folder names nothing in it: 404, as any unknown file (not send's 403).
      allowedPath: (pathName) => !pathName.split(/[\\/]/).includes('..'),
    });
  }
}

function sendPage(reply: FastifyReply, page: PageBody): FastifyReply {
  return reply
    .type(page.contentType)
    .header('cache-control', page.cacheControl ?? 'no-cache')
    .send(page.body);
}

/** CORS routes by folder ("/browser" for /browser/guide.html); one folder, one list of origins. */
function corsGroups(routes: readonly PageRoute[]): Map<string, PageRoute[]> {
  const groups = new Map<string, PageRoute[]>();
  for (const route of routes) {
    if (route.allowedOrigins === undefined) continue;
    const folder = route.path.slice(0, route.path.lastIndexOf('/'));
    const group = groups.get(folder) ?? [];
    const first = group[0]?.allowedOrigins;
    if (first !== undefined && first.join() !== route.allowedOrigins.join()) {
      throw new Error(`pages in ${folder}/ allow different origins: give each list its own folder`);
    }
    groups.set(folder, [...group, route]);
  }
  return groups;
}
