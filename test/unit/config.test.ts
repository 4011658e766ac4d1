import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { AppError, ErrorCode } from '../../src/errors';

function configError(env: Record<string, string>): AppError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeNull();
    expect(config.neo4j.user).toBe('neo4j');
    expect(config.neo4j.password).toBeNull();
    expect(config.embedded.boltPort).toBe(7687);
    expect(config.embedded.httpPort).toBe(7474);
    expect(config.embedded.home).toBe(path.join(PROJECT_ROOT, '.neo4j'));
    expect(config.embedded.startTimeoutMs).toBe(120_000);
    expect(config.api).toEqual({ host: '127.0.0.1', port: 4000, apiKey: null, introspection: true });
  });

  it('reads overrides', () => {
    const config = loadConfig({
      NEO4J_URI: 'bolt://db.example:7687',
      NEO4J_BOLT_PORT: '17687',
      NEWSGRAPH_NEO4J_HOME: '/tmp/ng-home',
      NEWSGRAPH_API_KEY: 'k',
      NODE_ENV: 'production',
    });
    expect(config.neo4j.uri).toBe('bolt://db.example:7687');
    expect(config.embedded.boltPort).toBe(17687);
    expect(config.embedded.home).toBe('/tmp/ng-home');
    expect(config.api.apiKey).toBe('k');
    expect(config.api.introspection).toBe(false);
  });

  it('is frozen', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.neo4j)).toBe(true);
  });

  it.each([
    ['NEO4J_BOLT_PORT', 'abc'],
    ['NEO4J_HTTP_PORT', '70000'],
    ['NEWSGRAPH_PORT', '-1'],
    ['NEWSGRAPH_NEO4J_HEAP', 'lots'],
    ['NEWSGRAPH_INTROSPECTION', 'maybe'],
    ['NODE_ENV', 'staging'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEO4J_PASSWORD', 'short'],
  ])('names %s in the error for the bad value %s', (name, value) => {
    const error = configError({ [name]: value });
    expect(error.code).toBe(ErrorCode.CONFIG_INVALID);
    expect(error.message).toContain(name);
  });

  it('never echoes a password it rejects', () => {
    expect(configError({ NEO4J_PASSWORD: 'abc' }).message).not.toContain('abc');
  });

  it('refuses the same port for Bolt and HTTP', () => {
    expect(configError({ NEO4J_BOLT_PORT: '7000', NEO4J_HTTP_PORT: '7000' }).message).toContain(
      'NEO4J_HTTP_PORT',
    );
  });
});
