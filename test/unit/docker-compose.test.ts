/**
 * No Docker engine runs where these tests run, so the compose file and the Dockerfiles are checked as
 * data: the compose file against the Compose Specification's JSON schema, then the images, health checks,
 * wiring and that every environment name it uses is one the config reads. test/e2e/docker-image runs the
 * app's image layout for real.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { ENV_VARS, PROJECT_ROOT, loadConfig } from '../../src/config';
import { browserPostConnectCommands } from '../../src/explore/browser-setup';
import { pinnedCoreNlpVersion } from '../../src/services/corenlp/fetch';
import { finalStage, parseDockerfile } from '../helpers/dockerfile';

interface Service {
  image?: string;
  build?: string | { context: string; dockerfile: string };
  environment?: Record<string, string | number>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const composeText = readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const known = new Set<string>(ENV_VARS.map(([name]) => name));
const neo4j = compose.services.neo4j as Service;
const app = compose.services.app as Service;
const corenlp = compose.services.corenlp as Service;

/** What compose makes of `${NAME:-default}` when NAME is unset. */
function withDefaults(value: string): string {
  return value.replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, '$1');
}

function readDockerfile(file: string) {
  return parseDockerfile(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));
}

/**
 * The Compose Specification's schema as dclint ships it (draft-07). Its `$schema` spells draft-07's URL
 * with https and no '#', which Ajv does not know as a meta-schema: compile it as the draft-07 it is.
 */
function composeSchemaValidator(allErrors: boolean) {
  const file = path.join(
    path.dirname(require.resolve('dclint/package.json')),
    'schemas',
    'compose.schema.json',
  );
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  expect(schema.$schema).toMatch(/draft-07/);
  delete schema.$schema;
  return new Ajv({ allErrors, strict: false }).compile(schema);
}

describe('docker-compose.yml', () => {
  it('is valid by the Compose Specification JSON schema (as dclint ships it)', () => {
    const validate = composeSchemaValidator(true);
    validate(compose);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('the schema check refuses a broken compose file (it can fail)', () => {
    const validate = composeSchemaValidator(false);
    expect(validate({ services: { app: { healthcheck: { test: 42, intervall: '5s' } } } })).toBe(false);
  });

  it('runs Neo4j 5.26 Community with a Bolt health check and a data volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    const probe = neo4j.healthcheck?.test.join(' ') ?? '';
    expect(probe).toContain('cypher-shell -a bolt://localhost:7687');
    expect(probe).not.toContain('7474');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it("gives Neo4j Browser our style and guide, from the app's published port", () => {
    const commands = withDefaults(String(neo4j.environment?.NEO4J_browser_post__connect__cmd));
    const port = withDefaults(String(app.ports?.[0])).split(':')[1] as string;
    expect(commands).toBe(browserPostConnectCommands(loadConfig({ NEWSGRAPH_PORT: port })).join(';'));
    // The style and guide answer CORS only to Browser's origin: the app must know Neo4j's published port.
    expect(withDefaults(String(app.environment?.NEO4J_HTTP_PORT))).toBe(
      withDefaults(String(neo4j.ports?.[0])).split(':')[1],
    );
  });

  it('takes the Neo4j password from the environment, for both services', () => {
    expect(String(neo4j.environment?.NEO4J_AUTH)).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD[:?}]/);
    expect(app.environment?.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD}');
  });

  it('wires the app to Neo4j and CoreNLP and waits for both health checks', () => {
    expect(app.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.environment?.CORENLP_URL).toBe('http://corenlp:9000');
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(app.depends_on?.corenlp?.condition).toBe('service_healthy');
    expect(app.build).toBeDefined();
  });

  it('checks the health of the app by /readyz and of CoreNLP by /ready', () => {
    expect(app.healthcheck?.test.join(' ')).toContain('http://127.0.0.1:4000/readyz');
    expect(corenlp.healthcheck?.test.join(' ')).toContain('/dev/tcp/127.0.0.1/9000');
    expect(corenlp.healthcheck?.test.join(' ')).toContain('GET /ready ');
  });

  it('sets only environment variables that the config reads', () => {
    const unknown = Object.keys(app.environment ?? {}).filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
  });

  it('interpolates only variables that the config documents ($$ is a literal $ for the container)', () => {
    const referenced = [...composeText.matchAll(/(?<!\$)\$\{([A-Z0-9_]+)/g)].map(
      (match) => match[1] as string,
    );
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter((name) => !known.has(name))).toEqual([]);
  });

  it('publishes ports on loopback only', () => {
    for (const port of [...(neo4j.ports ?? []), ...(app.ports ?? [])]) expect(port).toMatch(/^127\.0\.0\.1:/);
    expect(corenlp.ports).toBeUndefined();
  });
});

describe('Dockerfile (the app)', () => {
  const stages = readDockerfile('Dockerfile');
  const image = finalStage(stages);

  it('builds on Node 22 (LTS; Node 20 is past its end of life) and runs as the node user', () => {
    for (const stage of stages) expect(stage.image).toMatch(/^node:22-[a-z]+-slim$/);
    expect(image.user).toBe('node');
    expect(image.env.NODE_ENV).toBe('production');
  });

  it('copies paths that exist, examples/operations among them, and starts the CLI', () => {
    expect(image.cmd).toEqual(['node', 'dist/cli/main.js', 'start']);
    const copied = stages.flatMap((stage) =>
      stage.copies.filter((copy) => copy.from === undefined).flatMap((copy) => copy.sources),
    );
    expect(copied).toEqual(expect.arrayContaining(['examples/operations', 'cypher', 'samples', 'bin']));
    for (const source of copied)
      expect([source, existsSync(path.join(PROJECT_ROOT, source))]).toEqual([source, true]);
  });
});

describe('docker/corenlp/Dockerfile', () => {
  const stages = readDockerfile('docker/corenlp/Dockerfile');
  const image = finalStage(stages);

  it('is built by compose from the repository root', () => {
    expect(corenlp.build).toEqual({ context: '.', dockerfile: 'docker/corenlp/Dockerfile' });
  });

  it('fetches the pinned CoreNLP and its models with Maven on Temurin 17, and runs them on the JRE', () => {
    expect(stages[0]?.image).toBe('maven:3-eclipse-temurin-17');
    expect(image.image).toBe('eclipse-temurin:17-jre');
    const pom = stages[0]?.copies.find((copy) => copy.sources.includes('src/services/corenlp/pom.xml'));
    expect(pom).toBeDefined();
    const pomText = readFileSync(path.join(PROJECT_ROOT, 'src/services/corenlp/pom.xml'), 'utf8');
    expect(pinnedCoreNlpVersion(pomText)).toBe('4.5.10');
    expect(pomText).toMatch(
      /<artifactId>stanford-corenlp<\/artifactId>[\s\S]*<classifier>models<\/classifier>/,
    );
  });

  it('serves on port 9000 with a 60 s timeout from the fetched jars', () => {
    expect(image.copies).toContainEqual({
      from: 'fetch',
      sources: ['/corenlp/lib'],
      destination: '/corenlp',
    });
    expect(image.cmd).toEqual([
      'java',
      '-Xmx3g',
      '-cp',
      '/corenlp/*',
      'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
      '-port',
      '9000',
      '-timeout',
      '60000',
    ]);
  });
});

describe('parseDockerfile (the test helper)', () => {
  it('reads stages, continuations, ENV, COPY --from and an exec-form CMD', () => {
    const stages = parseDockerfile(
      [
        '# comment',
        'FROM base:1 AS build',
        'WORKDIR /src',
        'RUN one \\',
        '  two',
        'FROM run:2',
        'ENV A=1 B="two words"',
        'WORKDIR app',
        'COPY --from=build /src/out ./out',
        'COPY a b ./',
        'USER someone',
        'CMD ["x", "y"]',
      ].join('\n'),
    );
    expect(stages.map((stage) => [stage.image, stage.name])).toEqual([
      ['base:1', 'build'],
      ['run:2', undefined],
    ]);
    expect(stages[0]?.runs).toEqual(['one    two']);
    expect(stages[1]).toMatchObject({
      workdir: '/app',
      user: 'someone',
      env: { A: '1', B: 'two words' },
      cmd: ['x', 'y'],
      copies: [
        { from: 'build', sources: ['/src/out'], destination: './out' },
        { from: undefined, sources: ['a', 'b'], destination: './' },
      ],
    });
  });
});
