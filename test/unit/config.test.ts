import os from 'node:os';
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
    expect(config.api).toEqual({
      host: '127.0.0.1',
      port: 4000,
      apiKey: null,
      introspection: true,
      maxResponseBytes: 10_000_000,
    });
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

  it('gives the documented NLP defaults: the local CoreNLP, one thread per core', () => {
    const config = loadConfig({});
    expect(config.nlp).toEqual({
      urls: null,
      analyzer: 'corenlp',
      home: path.join(PROJECT_ROOT, '.corenlp'),
      port: 9000,
      heap: '3g',
      threads: os.availableParallelism(),
      startTimeoutMs: 180_000,
      requestTimeoutMs: 120_000,
    });
  });

  it('reads the NLP overrides, and a comma-separated list of CoreNLP URLs', () => {
    const config = loadConfig({
      CORENLP_URL: ' http://127.0.0.1:9000/ , http://10.0.0.2:9001',
      NEWSGRAPH_ANALYZER: 'fast',
      NEWSGRAPH_NLP_HOME: '/tmp/ng-nlp',
      NEWSGRAPH_NLP_PORT: '19000',
      NEWSGRAPH_NLP_HEAP: '6G',
      NEWSGRAPH_NLP_THREADS: '3',
      NEWSGRAPH_NLP_START_TIMEOUT: '60',
      NEWSGRAPH_NLP_TIMEOUT_MS: '5000',
    });
    expect(config.nlp).toEqual({
      urls: ['http://127.0.0.1:9000', 'http://10.0.0.2:9001'],
      analyzer: 'fast',
      home: '/tmp/ng-nlp',
      port: 19000,
      heap: '6g',
      threads: 3,
      startTimeoutMs: 60_000,
      requestTimeoutMs: 5000,
    });
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
    ['CORENLP_URL', 'localhost:9000'],
    ['CORENLP_URL', 'http://127.0.0.1:9000,bolt://x'],
    ['NEWSGRAPH_ANALYZER', 'spacy'],
    ['NEWSGRAPH_NLP_PORT', '0'],
    ['NEWSGRAPH_NLP_HEAP', '4 GB'],
    ['NEWSGRAPH_NLP_THREADS', '0'],
    ['NEWSGRAPH_NLP_START_TIMEOUT', '2'],
    ['NEWSGRAPH_NLP_TIMEOUT_MS', 'soon'],
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
