/**
 * The command line and files of the local CoreNLP server.
 *
 * StanfordCoreNLPServer has no option to choose the address it listens on: it binds every interface
 * (`new InetSocketAddress(port)`). We keep it to loopback as far as its options allow: `-stanford true`
 * turns on its subnet block list, which we fill with every IPv4 address except 127.0.0.0/8, and
 * `-Djava.net.preferIPv4Stack=true` leaves it no IPv6 socket (it does not check IPv6 clients against the
 * list). The port still accepts connections from other hosts; the annotation endpoints answer them with
 * an error. A firewall, or CORENLP_URL pointing at a server elsewhere, is the way to a stricter setup.
 */
import { DEFAULT_CORENLP_PROPERTIES } from '../../nlp/corenlp-client';
import type { CoreNlpDistribution, CoreNlpInstance } from './layout';

export const CORENLP_MAIN_CLASS = 'edu.stanford.nlp.pipeline.StanfordCoreNLPServer';

/**
 * The server's defaults and the warm-up request: what src/nlp's client asks of every text (one source:
 * the models warmed before we report ready are the ones ingest uses), less the output format.
 */
export const DEFAULT_SERVER_PROPERTIES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(DEFAULT_CORENLP_PROPERTIES).filter(([key]) => key !== 'outputFormat')),
);

/** The annotators loaded at start unless a server is given others. */
export const DEFAULT_ANNOTATORS = DEFAULT_SERVER_PROPERTIES.annotators ?? 'tokenize,ssplit';

export interface CoreNlpServerSettings {
  readonly port: number;
  /** -Xmx, e.g. 4g. */
  readonly heap: string;
  readonly threads: number;
  /** The server's own per-request timeout. */
  readonly requestTimeoutMs: number;
  /** Loaded at start; default DEFAULT_ANNOTATORS. */
  readonly annotators?: string;
}

/** The CIDR blocks that cover every IPv4 address outside 127.0.0.0/8. */
export function nonLoopbackSubnets(): string[] {
  const subnets: string[] = [];
  // 127 = 0b01111111: at each bit of the first octet, the sibling of 127's path is a whole block to refuse.
  for (let bits = 1; bits <= 8; bits += 1) {
    const prefixOf127 = 127 >> (8 - bits);
    const sibling = (prefixOf127 ^ 1) << (8 - bits);
    subnets.push(`${sibling}.0.0.0/${bits}`);
  }
  return subnets;
}

/** One subnet a line and nothing else: the server logs every line it cannot parse. */
export function renderBlockList(): string {
  return `${nonLoopbackSubnets().join('\n')}\n`;
}

/** The server's default properties, with the annotators it preloads (the defaults unless set). */
export function serverProperties(
  settings: Pick<CoreNlpServerSettings, 'annotators'>,
): Record<string, string> {
  return { ...DEFAULT_SERVER_PROPERTIES, annotators: settings.annotators ?? DEFAULT_ANNOTATORS };
}

export function renderServerProperties(properties: Readonly<Record<string, string>>): string {
  const lines = Object.entries(properties).map(([key, value]) => `${key} = ${value}`);
  return `# Written by newsgraph on every start: the defaults of requests that name no properties.\n${lines.join('\n')}\n`;
}

export function javaArguments(
  settings: CoreNlpServerSettings,
  distribution: CoreNlpDistribution,
  instance: CoreNlpInstance,
): string[] {
  return [
    `-Xmx${settings.heap}`,
    '-Djava.net.preferIPv4Stack=true',
    // Die on the first OutOfMemoryError instead of answering every later request with a 500.
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    `${distribution.lib}/*`,
    CORENLP_MAIN_CLASS,
    '-port',
    String(settings.port),
    '-threads',
    String(settings.threads),
    '-timeout',
    String(settings.requestTimeoutMs),
    '-quiet',
    'true',
    '-preload',
    settings.annotators ?? DEFAULT_ANNOTATORS,
    '-serverProperties',
    instance.serverProperties,
    '-stanford',
    'true',
    '-blockList',
    instance.blockList,
  ];
}
