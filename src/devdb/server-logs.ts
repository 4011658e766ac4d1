/**
 * Neo4j's log4j configuration for the embedded server. It keeps Neo4j's usual files (debug, http, query,
 * security logs) and adds one line per Bolt connection and one with the client's user agent, so the
 * debug log shows who connected (our driver says `newsgraph/<version>`): Community has no query log.
 */
const rolling = (name: string, file: string, pattern: string, max: number): string => `
    <RollingRandomAccessFile name="${name}" fileName="\${config:server.directories.logs}/${file}"
                             filePattern="$\${config:server.directories.logs}/${file}.%02i">
      ${pattern}
      <Policies><SizeBasedTriggeringPolicy size="20 MB"/></Policies>
      <DefaultRolloverStrategy fileIndex="min" max="${max}"/>
    </RollingRandomAccessFile>`;

const PLAIN = '<PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/>';
const DEBUG = '<Neo4jDebugLogLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p [%c{1.}] %m%n"/>';

export function renderServerLogsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by newsgraph (src/devdb/server-logs.ts) on every start. -->
<Configuration status="ERROR">
  <Appenders>${rolling('DebugLog', 'debug.log', DEBUG, 7)}${rolling('HttpLog', 'http.log', PLAIN, 5)}${rolling('QueryLog', 'query.log', PLAIN, 7)}${rolling('SecurityLog', 'security.log', PLAIN, 7)}
  </Appenders>
  <Loggers>
    <Root level="INFO"><AppenderRef ref="DebugLog"/></Root>
    <Logger name="org.neo4j.bolt.protocol.common.handler.BoltChannelInitializer" level="DEBUG"/>
    <Logger name="org.neo4j.bolt.protocol.common.handler.RequestHandler" level="DEBUG">
      <RegexFilter regex=".*HelloMessage.*" onMatch="ACCEPT" onMismatch="DENY"/>
    </Logger>
    <Logger name="QueryLogger" level="INFO" additivity="false"><AppenderRef ref="QueryLog"/></Logger>
    <Logger name="HttpLogger" level="INFO" additivity="false"><AppenderRef ref="HttpLog"/></Logger>
    <Logger name="SecurityLogger" level="INFO" additivity="false"><AppenderRef ref="SecurityLog"/></Logger>
  </Loggers>
</Configuration>
`;
}
