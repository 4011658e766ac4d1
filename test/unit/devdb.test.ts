import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { explainMavenFailure, pinnedVersions } from '../../src/devdb/fetch';
import { distributionLayout, instanceLayout } from '../../src/devdb/layout';
import { jvmArguments, renderNeo4jConf } from '../../src/devdb/neo4j-conf';
import { generatePassword, resolvePassword } from '../../src/devdb/password';
import { javaMajorVersion } from '../../src/devdb/prerequisites';
import { livePid } from '../../src/devdb/process-control';
import { ErrorCode } from '../../src/errors';

const settings = { boltPort: 17001, httpPort: 17002, heap: '384m', pageCache: '64m' };

describe('neo4j.conf', () => {
  const conf = renderNeo4jConf(settings, distributionLayout('/h'), instanceLayout('/h/instances/t'));
  const lines = conf.split('\n');

  it('listens and advertises on loopback only, on the configured ports', () => {
    expect(lines).toContain('server.default_listen_address=127.0.0.1');
    expect(lines).toContain('server.bolt.listen_address=127.0.0.1:17001');
    expect(lines).toContain('server.bolt.advertised_address=127.0.0.1:17001');
    expect(lines).toContain('server.http.listen_address=127.0.0.1:17002');
    expect(lines).toContain('server.https.enabled=false');
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });

  it('keeps data and logs in the instance folder and plugins with the jars', () => {
    expect(lines).toContain('server.directories.data=/h/instances/t/data');
    expect(lines).toContain('server.directories.logs=/h/instances/t/logs');
    expect(lines).toContain('server.directories.plugins=/h/plugins');
  });

  it('sets the memory it was given, authentication on, telemetry off', () => {
    expect(lines).toContain('server.memory.pagecache.size=64m');
    expect(lines).toContain('dbms.security.auth_enabled=true');
    expect(lines).toContain('dbms.usage_report.enabled=false');
    expect(jvmArguments(settings).slice(0, 2)).toEqual(['-Xms384m', '-Xmx384m']);
  });

  it('writes the Browser post-connect commands only when given', () => {
    expect(conf).not.toContain('browser.post_connect_cmd');
    const withGuide = renderNeo4jConf(
      {
        ...settings,
        browserPostConnect: ['style http://localhost:4000/a.grass', 'play http://localhost:4000/g.html'],
      },
      distributionLayout('/h'),
      instanceLayout('/h'),
    );
    expect(withGuide).toContain(
      'browser.post_connect_cmd=style http://localhost:4000/a.grass;play http://localhost:4000/g.html',
    );
  });
});

describe('prerequisites', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "25" 2025-09-16', 25],
    ['java version "1.8.0_392"', 8],
    ['something else', null],
  ])('reads the Java major version from %s', (output, major) => {
    expect(javaMajorVersion(output)).toBe(major);
  });

  it('explains an unreachable Maven Central and names the Docker alternative', () => {
    const error = explainMavenFailure(
      '[ERROR] Could not transfer artifact org.neo4j:neo4j:pom:5.26.30 from/to central',
    );
    expect(error.code).toBe(ErrorCode.DEPENDENCY_MISSING);
    expect(error.message).toMatch(/Maven Central/);
    expect(error.message).toMatch(/docker compose/);
  });

  it('reads the pinned versions from pom.xml', () => {
    const versions = pinnedVersions();
    expect(versions.neo4j).toMatch(/^5\.26\.\d+$/);
    expect(versions.browser).toMatch(/^5\.\d+\.\d+$/);
  });
});

describe('password', () => {
  it('generates a password once, keeps it with mode 0600 and reuses it', () => {
    const instance = instanceLayout(mkdtempSync(path.join(os.tmpdir(), 'ng-pw-')));
    const first = resolvePassword(instance, null);
    expect(first.length).toBeGreaterThanOrEqual(16);
    expect(statSync(instance.passwordFile).mode & 0o777).toBe(0o600);
    expect(resolvePassword(instance, null)).toBe(first);
    expect(readFileSync(instance.passwordFile, 'utf8').trim()).toBe(first);
  });

  it('prefers NEO4J_PASSWORD and does not store it', () => {
    const instance = instanceLayout(mkdtempSync(path.join(os.tmpdir(), 'ng-pw-')));
    expect(resolvePassword(instance, 'from-the-env')).toBe('from-the-env');
    expect(() => statSync(instance.passwordFile)).toThrow();
  });
});

describe('pid file', () => {
  it('ignores, but keeps, a pid file whose live process does not (yet) carry the marker', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ng-pid-'));
    const pidFile = path.join(dir, 'neo4j.pid');
    // Alive, but this jest worker is not a Neo4j of that instance: not ours now. Kept, because a server
    // another command has just spawned may not show its marker yet (redis-server sets its title late).
    writeFileSync(pidFile, `${process.pid}\n`);
    expect(livePid(pidFile, '/no/such/instance/conf')).toBeNull();
    expect(statSync(pidFile).isFile()).toBe(true);
  });

  it('removes a pid file whose process is gone', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ng-pid-'));
    const pidFile = path.join(dir, 'neo4j.pid');
    writeFileSync(pidFile, '999999999\n'); // no such process
    expect(livePid(pidFile, 'java')).toBeNull();
    expect(() => statSync(pidFile)).toThrow();
  });

  it('finds a live process whose command line carries the marker', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ng-pid-'));
    const pidFile = path.join(dir, 'neo4j.pid');
    writeFileSync(pidFile, `${process.pid}\n`);
    expect(livePid(pidFile, 'node')).toBe(process.pid);
  });
});

describe('generated passwords', () => {
  it('are long and never start like a command-line option', () => {
    for (let i = 0; i < 200; i += 1) {
      const password = generatePassword();
      expect(password).toMatch(/^[A-Za-z0-9]{24}$/);
    }
  });
});
