/**
 * `newsgraph serve` and `newsgraph start` on a port another process holds: a clear message naming the
 * setting, exit status 78 (EX_CONFIG), and nothing left running (the process used to print an
 * "unexpected error" and stay alive with its database driver and extraction workers open).
 */
import net from 'node:net';
import { assertBuilt, runCli } from '../queue/harness';

jest.setTimeout(120_000);

let holder: net.Server;
let port: number;

beforeAll(async () => {
  assertBuilt();
  holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  port = (holder.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => holder.close(resolve));
});

test.each([
  ['serve', []],
  ['start', ['--no-sample']],
])('%s on a port in use says so and exits', async (command, extra) => {
  // The test Neo4j (NEO4J_URI, set by the global setup); the fast analyzer needs no CoreNLP.
  const cli = runCli([command, ...extra], {
    ...process.env,
    NEWSGRAPH_HOST: '127.0.0.1',
    NEWSGRAPH_PORT: String(port),
    NEWSGRAPH_ANALYZER: 'fast',
    NEWSGRAPH_API_KEY: 'serve-port-taken-test-key',
    LOG_LEVEL: 'fatal',
  });
  const timer = setTimeout(() => cli.child.kill('SIGKILL'), 90_000);
  const code = await cli.exited;
  clearTimeout(timer);
  expect({ code, output: cli.output() }).toEqual({
    code: 78,
    output: expect.stringContaining(
      `Cannot serve the API on 127.0.0.1:${port}: another process listens there`,
    ),
  });
  expect(cli.output()).toContain('NEWSGRAPH_PORT');
  expect(cli.output()).not.toContain('unexpected error');
});
