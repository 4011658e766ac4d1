/**
 * The local Stanford CoreNLP server, as the environment configures it: `newsgraph nlp`, `npm start`,
 * `serve`, `ingest` and `extract` start it through ensureNlpServer unless CORENLP_URL names one.
 */
import type { Config } from '../../config';
import type { ProgressReporter } from '../../devdb/fetch';
import { CoreNlpServer } from './corenlp-server';

export { CoreNlpServer, type CoreNlpServerOptions, type CoreNlpServerStatus } from './corenlp-server';
export { fetchCoreNlp, hasKbpModels, isCoreNlpFetched, pinnedCoreNlpVersion } from './fetch';
export { DEFAULT_ANNOTATORS, DEFAULT_SERVER_PROPERTIES } from './server-arguments';

export function coreNlpServerFromConfig(config: Config, progress?: ProgressReporter): CoreNlpServer {
  const { home, port, heap, threads, startTimeoutMs, requestTimeoutMs } = config.nlp;
  return new CoreNlpServer({ home, port, heap, threads, startTimeoutMs, requestTimeoutMs, progress });
}

export interface NlpServerHandle {
  /** Where to send texts: CORENLP_URL's servers, or the local one. */
  readonly urls: string[];
  /** Whether this call started the local server (and so stop() stops it). */
  readonly started: boolean;
  stop(): Promise<void>;
}

/**
 * The CoreNLP servers to use. With CORENLP_URL set, those, and nothing is started; otherwise the local
 * server, started unless it already runs (then `started` is false and stop() leaves it running).
 */
export async function ensureNlpServer(config: Config, progress?: ProgressReporter): Promise<NlpServerHandle> {
  if (config.nlp.urls !== null) {
    return { urls: [...config.nlp.urls], started: false, stop: () => Promise.resolve() };
  }
  const server = coreNlpServerFromConfig(config, progress);
  const { alreadyRunning } = await server.start();
  return {
    urls: [server.url],
    started: !alreadyRunning,
    stop: alreadyRunning ? () => Promise.resolve() : async () => void (await server.stop()),
  };
}
