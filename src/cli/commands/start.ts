/**
 * `npm start`: the whole product on one machine. Neo4j (embedded unless NEO4J_URI is set), the graph
 * schema, the bundled sample article, and the GraphQL API; then the URLs and credentials a user needs.
 * SIGINT/SIGTERM stop the API and the Neo4j this command started (not one that was already running).
 */
import path from 'node:path';
import { PROJECT_ROOT, loadConfig, type Config } from '../../config';
import { embeddedNeo4jFromConfig, type EmbeddedNeo4j } from '../../devdb';
import { connectionInfo } from '../connection-info';
import { GraphDatabase } from '../../graph/database';
import type { Extractor } from '../../graph/extractor';
import { ingestArticle } from '../../graph/ingest';
import { applySchema } from '../../graph/schema';
import { readArticleFile } from '../../ingest/sources/text-file';
import { createLogger, type Logger } from '../../logger';
import { graphArticleWriter } from '../../api/article/article-writer';
import { GRAPHQL_PATH, startApiServer } from '../../api/server';
import { explorePages } from '../../explore/pages';
import type { Command, CommandIo } from '../command';
import { openAnalyzer } from '../analyzer';
import { apiQueue } from '../api-queue';
import { parseCommandArgs } from '../args';
import { localApiKeyFile, resolveLocalApiKey } from '../local-api-key';
import { startNlpEngine, type NlpEngine } from '../nlp-engine';

export const SAMPLE_ARTICLE = path.join(PROJECT_ROOT, 'samples', 'belarus-embassy-closure.txt');
/** The sample's metadata, which a plain .txt file cannot carry: its headline and publication date. */
const SAMPLE_METADATA = {
  title: 'US to close its embassy in Minsk as Belarus may join Russia’s invasion of Ukraine',
  date: '2022-02-28',
  source: 'newsgraph sample',
};

const usage = `Usage: newsgraph start [--no-sample]

Starts Neo4j (the embedded one unless NEO4J_URI is set) and, for the corenlp analyzer, CoreNLP (the
local one unless CORENLP_URL is set), applies the graph schema, ingests the bundled sample article
(unless --no-sample), and serves GraphQL on NEWSGRAPH_HOST:NEWSGRAPH_PORT.
Ctrl-C stops the API and the Neo4j and CoreNLP it started.`;

interface Running {
  readonly database: GraphDatabase;
  readonly embedded: EmbeddedNeo4j | undefined;
  readonly startedNeo4j: boolean;
  /** The analyzer and, for corenlp, the CoreNLP servers (the local one stops with us if we started it). */
  readonly nlp: NlpEngine;
}

async function startNeo4j(
  config: Config,
  io: CommandIo,
): Promise<Pick<Running, 'embedded' | 'startedNeo4j'>> {
  if (config.neo4j.uri !== null) return { embedded: undefined, startedNeo4j: false };
  const embedded = embeddedNeo4jFromConfig(config, (message) => io.stderr.write(`${message}\n`));
  const { alreadyRunning } = await embedded.start();
  if (alreadyRunning)
    io.stderr.write('Using the embedded Neo4j that was already running (it stays running).\n');
  return { embedded, startedNeo4j: !alreadyRunning };
}

type StartedNeo4j = Pick<Running, 'embedded' | 'startedNeo4j'>;

/** Neo4j and CoreNLP load side by side; when one fails, what the other started is stopped again. */
async function startServices(config: Config, io: CommandIo): Promise<[StartedNeo4j, NlpEngine]> {
  const progress = (message: string) => io.stderr.write(`${message}\n`);
  const [neo4j, nlp] = await Promise.allSettled([
    startNeo4j(config, io),
    startNlpEngine(config, progress, { keepRunning: false }),
  ]);
  if (neo4j.status === 'fulfilled' && nlp.status === 'fulfilled') return [neo4j.value, nlp.value];
  if (neo4j.status === 'fulfilled' && neo4j.value.startedNeo4j) await neo4j.value.embedded?.stop();
  if (nlp.status === 'fulfilled') await nlp.value.stop();
  throw neo4j.status === 'rejected' ? neo4j.reason : (nlp as PromiseRejectedResult).reason;
}

async function ingestSample(
  database: GraphDatabase,
  config: Config,
  logger: Logger,
  extract: Extractor,
): Promise<void> {
  // Read like `newsgraph ingest samples/...` reads it (same id, same checks), so the two never duplicate.
  const item = await readArticleFile(SAMPLE_ARTICLE, config.ingest.maxArticleBytes);
  if (item.error !== undefined) throw item.error;
  const outcome = await ingestArticle(
    database,
    { ...item.input, ...SAMPLE_METADATA },
    { maxArticleBytes: config.ingest.maxArticleBytes, extract },
  );
  logger.info(outcome, 'sample article ingested');
}

function banner(config: Config, graphqlUrl: string, apiKey: string | null, running: Running): string {
  const base = graphqlUrl.replace(/\/graphql$/, '');
  // Production serves neither Sandbox nor the offline IDE: the banner names only what answers there.
  const lines =
    config.nodeEnv === 'production'
      ? ['', 'newsgraph is ready.', `  GraphQL:                   ${graphqlUrl}`]
      : [
          '',
          'newsgraph is ready.',
          `  GraphQL (Apollo Sandbox):  ${graphqlUrl}`,
          `  Offline GraphQL IDE:       ${base}/ide/`,
        ];
  if (running.embedded) {
    const { browserUrl, user } = running.embedded.status();
    lines.push(
      `  Neo4j Browser:             ${browserUrl}   user ${user}   password ${running.embedded.password}`,
    );
  } else {
    lines.push(`  Neo4j:                     ${config.neo4j.uri} (user ${config.neo4j.user})`);
  }
  lines.push(
    running.nlp.analyzer === 'corenlp'
      ? `  CoreNLP:                   ${running.nlp.coreNlpUrls.join(', ')}`
      : '  NLP:                       the fast analyzer (in-process; NEWSGRAPH_ANALYZER=fast)',
  );
  lines.push(mutationsLine(config, apiKey));
  const started = [
    ...(running.startedNeo4j ? ['Neo4j'] : []),
    ...(running.nlp.startedCoreNlp ? ['CoreNLP'] : []),
  ];
  lines.push(
    `Press Ctrl-C to stop${started.length > 0 ? ` (it stops the API and the ${started.join(' and ')} it started)` : ''}.`,
    '',
  );
  return lines.join('\n');
}

/** The key itself only for local use: in production the banner ends up in logs (a container's). */
function mutationsLine(config: Config, apiKey: string | null): string {
  if (apiKey === null) return '  Mutations:                 refused (set NEWSGRAPH_API_KEY to allow them)';
  if (config.nodeEnv === 'production')
    return '  Mutations:                 allowed with Authorization: Bearer $NEWSGRAPH_API_KEY';
  // The IDE pages hold no key (any web page could read it there): they ask for it, so say where it is.
  const where =
    config.api.apiKey === null
      ? `kept in ${path.relative(process.cwd(), localApiKeyFile(config))}`
      : 'from NEWSGRAPH_API_KEY';
  return [
    `  API key for mutations:     Authorization: Bearer ${apiKey}`,
    `                             (${where}; the IDEs ask for it in their "API key" form)`,
  ].join('\n');
}

/**
 * The first SIGINT or SIGTERM resolves `signalled`. While the services are still loading (Neo4j and
 * CoreNLP take tens of seconds) a second one does not exit: that would leave their Java processes
 * running, since they run detached; it says so, and a third exits at once. Once running, a second exits.
 */
export class ShutdownSignals {
  readonly signalled: Promise<NodeJS.Signals>;
  private count = 0;
  private first: NodeJS.Signals | undefined;
  private starting = true;
  private readonly handler: (signal: NodeJS.Signals) => void;

  constructor(
    io: CommandIo,
    private readonly exit: (code: number) => void = (code) => process.exit(code),
  ) {
    let resolve: (signal: NodeJS.Signals) => void = () => undefined;
    this.signalled = new Promise((r) => {
      resolve = r;
    });
    this.handler = (signal) => {
      this.count += 1;
      if (this.count === 1) {
        this.first = signal;
        if (this.starting)
          io.stderr.write(
            `\n${signal}: stopping as soon as the services that are loading can be stopped...\n`,
          );
        resolve(signal);
        return;
      }
      if (this.starting && this.count === 2) {
        io.stderr.write(
          'Still stopping: Neo4j and CoreNLP are loading and run apart from this process; leaving now would ' +
            'leave them running. Press Ctrl-C once more to leave anyway.\n',
        );
        return;
      }
      this.exit(130);
    };
    process.on('SIGINT', this.handler);
    process.on('SIGTERM', this.handler);
  }

  /** The signal received so far, if any. */
  received(): NodeJS.Signals | undefined {
    return this.first;
  }

  /** The services are up: a second signal exits at once from now on. */
  started(): void {
    this.starting = false;
  }

  dispose(): void {
    process.off('SIGINT', this.handler);
    process.off('SIGTERM', this.handler);
  }
}

export const startCommand: Command = {
  name: 'start',
  summary: 'start Neo4j (embedded unless NEO4J_URI is set), load the sample, serve GraphQL',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const { values } = parseCommandArgs(args, { 'no-sample': { type: 'boolean' } }, usage);
    const config = loadConfig(io.env);
    const logger = createLogger(config.logLevel);
    const shutdown = new ShutdownSignals(io);
    const [neo4j, nlp] = await startServices(config, io);
    const database = GraphDatabase.connect(connectionInfo(config, neo4j.embedded), {
      queryTimeoutMs: config.neo4j.queryTimeoutMs,
      writeTimeoutMs: config.neo4j.writeTimeoutMs,
      maxRetryTimeMs: config.neo4j.retryMs,
      logger,
    });
    const running: Running = { database, ...neo4j, nlp };
    // NEWSGRAPH_ANALYZER reads the sample and every ingestArticle, in worker threads.
    const analyzer = openAnalyzer(config, nlp);
    try {
      if (shutdown.received() !== undefined) return 130; // Ctrl-C while loading: stop what started
      await database.verify();
      await applySchema(database);
      if (values['no-sample'] !== true) await ingestSample(database, config, logger, analyzer.extractor);
      // Production generates no key (nor a file to keep it in: a container's app folder is read-only).
      const key = config.nodeEnv === 'production' ? config.api.apiKey : resolveLocalApiKey(config).key;
      // With NEWSGRAPH_REDIS_URL (docker compose), ingestArticle(async: true) enqueues for the workers.
      const queue = apiQueue(config, nlp.analyzer, analyzer.analyzer.version, logger);
      const api = await startApiServer({
        config,
        database,
        logger,
        apiKey: key,
        writer: graphArticleWriter(database, analyzer.extractor, queue.articles),
        ...(queue.events === undefined ? {} : { events: queue.events }),
        pages: explorePages({ config, graphqlPath: GRAPHQL_PATH }),
        coreNlpUrls: nlp.coreNlpUrls,
      }).catch(async (error: unknown) => {
        await queue.close(); // the port taken: the finally below stops the rest
        throw error;
      });
      io.stdout.write(`${banner(config, api.url, key, running)}\n`);
      shutdown.started();
      const signal = await shutdown.signalled;
      io.stderr.write(`\n${signal}: stopping...\n`);
      await api.close();
      await queue.close();
    } finally {
      shutdown.started();
      await analyzer.close();
      await stopAll(running, io);
      shutdown.dispose();
    }
    return 0;
  },
};

async function stopAll(running: Running, io: CommandIo): Promise<void> {
  await running.database.close();
  if (running.startedNeo4j && running.embedded) {
    io.stderr.write('Stopping Neo4j...\n');
    await running.embedded.stop();
    io.stderr.write('Neo4j stopped.\n');
  }
  if (running.nlp.startedCoreNlp) {
    io.stderr.write('Stopping CoreNLP...\n');
    await running.nlp.stop();
    io.stderr.write('CoreNLP stopped.\n');
  }
}
