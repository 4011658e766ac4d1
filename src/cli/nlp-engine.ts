/**
 * The NLP engine a command runs on. With the corenlp analyzer: CoreNLP servers, those CORENLP_URL names
 * or the local one (started when it is not running, as the embedded Neo4j is). With the fast analyzer:
 * nothing to start. Commands hand `coreNlpUrls` to the analyzer and call stop() when they end.
 */
import type { AnalyzerName, Config } from '../config';
import { ensureNlpServer } from '../services/corenlp';

export interface NlpEngine {
  readonly analyzer: AnalyzerName;
  /** The CoreNLP servers to send texts to; empty with the fast analyzer. */
  readonly coreNlpUrls: readonly string[];
  /** Whether this command started the local CoreNLP server. */
  readonly startedCoreNlp: boolean;
  /** Stops the local server when this command started it and `keepRunning` was false; else nothing. */
  stop(): Promise<void>;
}

export interface NlpEngineOptions {
  /** The analyzer to run; default NEWSGRAPH_ANALYZER. */
  readonly analyzer?: AnalyzerName;
  /**
   * true (ingest, extract, serve): a local server this command starts keeps running for the next
   * command, like the embedded Neo4j. false (npm start): stop() stops it.
   */
  readonly keepRunning: boolean;
}

export async function startNlpEngine(
  config: Config,
  progress: (message: string) => void,
  options: NlpEngineOptions,
): Promise<NlpEngine> {
  const analyzer = options.analyzer ?? config.nlp.analyzer;
  if (analyzer === 'fast') {
    return { analyzer, coreNlpUrls: [], startedCoreNlp: false, stop: () => Promise.resolve() };
  }
  const server = await ensureNlpServer(config, progress);
  if (server.started && options.keepRunning) {
    progress(
      'The local CoreNLP server keeps running for the next command; `newsgraph nlp stop` stops it ' +
        '(NEWSGRAPH_ANALYZER=fast needs none).',
    );
  }
  return {
    analyzer,
    coreNlpUrls: server.urls,
    startedCoreNlp: server.started,
    stop: options.keepRunning ? () => Promise.resolve() : () => server.stop(),
  };
}
