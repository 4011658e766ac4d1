import { graphArticleWriter } from '../../api/article/article-writer';
import { GRAPHQL_PATH, startApiServer } from '../../api/server';
import { explorePages } from '../../explore/pages';
import { loadConfig } from '../../config';
import { openDatabase } from '../open-database';
import { createLogger } from '../../logger';
import { openAnalyzer } from '../analyzer';
import { apiQueue } from '../api-queue';
import { parseCommandArgs } from '../args';
import type { Command, CommandIo } from '../command';
import { startNlpEngine } from '../nlp-engine';

const usage = `Usage: newsgraph serve

Serves the GraphQL API on NEWSGRAPH_HOST:NEWSGRAPH_PORT (127.0.0.1:4000) until SIGINT or SIGTERM, over
the graph in NEO4J_URI, or the embedded Neo4j (started when it is not running). Mutations need
NEWSGRAPH_API_KEY; without it they are refused (npm start generates one for local use).
Also: GET /healthz (the process), GET /readyz (whether Neo4j answers, and CoreNLP for ingest).`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the GraphQL API (and /healthz, /readyz) until interrupted',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    parseCommandArgs(args, {}, usage);
    const config = loadConfig(io.env);
    const logger = createLogger(config.logLevel);
    const progress = (message: string) => io.stderr.write(`${message}\n`);
    const database = await openDatabase(config, progress, logger);
    // The API's ingestArticle analyses with NEWSGRAPH_ANALYZER: CoreNLP must be up before the first one.
    const engine = await startNlpEngine(config, progress, { keepRunning: true }).catch(
      async (error: unknown) => {
        await database.close();
        throw error;
      },
    );
    // Extraction runs in worker threads: a large article never stalls the other requests.
    const analyzer = openAnalyzer(config, engine);
    const queue = apiQueue(config, engine.analyzer, analyzer.analyzer.version, logger);
    const closeAll = async () => {
      await queue.close();
      await analyzer.close();
      await database.close();
    };
    // A server that cannot listen (the port taken) leaves nothing open behind it: the process exits.
    const server = await startApiServer({
      config,
      database,
      logger,
      apiKey: config.api.apiKey,
      writer: graphArticleWriter(database, analyzer.extractor, queue.articles),
      ...(queue.events === undefined ? {} : { events: queue.events }),
      pages: explorePages({ config, graphqlPath: GRAPHQL_PATH }),
      coreNlpUrls: engine.coreNlpUrls,
    }).catch(async (error: unknown) => {
      await closeAll();
      throw error;
    });
    io.stdout.write(`GraphQL API: ${server.url}\n`);
    if (config.api.apiKey === null) {
      io.stdout.write('Mutations are disabled: set NEWSGRAPH_API_KEY to enable them.\n');
    }
    await untilSignalled();
    io.stderr.write('Stopping the GraphQL API...\n');
    await server.close();
    await closeAll();
    return 0;
  },
};

function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
