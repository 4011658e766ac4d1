/**
 * The neo4j.conf we write for the embedded server, every start (so a changed port or heap applies).
 * Loopback only, no TLS, a small memory footprint, no telemetry, APOC allowed.
 */
import type { DistributionLayout, InstanceLayout } from './layout';

export interface ServerSettings {
  readonly boltPort: number;
  readonly httpPort: number;
  readonly heap: string;
  readonly pageCache: string;
  /**
   * Neo4j Browser commands run after it connects (without the leading colon), e.g. a `style` and a `play`
   * of URLs served by our API.
   */
  readonly browserPostConnect?: readonly string[];
}

export function renderNeo4jConf(
  settings: ServerSettings,
  distribution: DistributionLayout,
  instance: InstanceLayout,
): string {
  const lines = [
    '# Written by newsgraph (src/devdb/neo4j-conf.ts) on every start: edit the environment, not this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    `server.http.listen_address=127.0.0.1:${settings.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${settings.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.data=${instance.data}`,
    `server.directories.logs=${instance.logs}`,
    `server.directories.run=${instance.run}`,
    `server.directories.import=${instance.importDir}`,
    `server.directories.plugins=${distribution.plugins}`,
    `server.memory.heap.initial_size=${settings.heap}`,
    `server.memory.heap.max_size=${settings.heap}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    `server.logs.config=${instance.conf}/server-logs.xml`,
    'dbms.usage_report.enabled=false',
    // Browser sends no usage events with this. It still loads Segment's analytics.js and Canny's SDK once
    // connected: Browser 5.x loads them when `shouldAllowOutgoingConnections` holds, which is true for
    // every edition but Enterprise whatever the configuration (`browser.allow_outgoing_connections`, the
    // only switch, is an Enterprise setting that Community does not have). README: "Neo4j Browser".
    'client.allow_telemetry=false',
    'dbms.security.procedures.unrestricted=apoc.*',
    // Browser fetches guides and styles only from these hosts; our API serves them on loopback.
    'browser.remote_content_hostname_whitelist=localhost,127.0.0.1',
  ];
  if (settings.browserPostConnect && settings.browserPostConnect.length > 0) {
    lines.push(`browser.post_connect_cmd=${settings.browserPostConnect.join(';')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The JVM flags the Neo4j 5.26 distribution ships, plus the heap: a direct launch must pass them itself. */
export function jvmArguments(settings: ServerSettings): string[] {
  return [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}
