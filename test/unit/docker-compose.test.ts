/**
 * No Docker engine runs where these tests run, so the compose file is checked as data: the images, the
 * health check, the volume, and that every environment name it uses is one the config reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ENV_VARS, PROJECT_ROOT } from '../../src/config';

interface Service {
  image?: string;
  build?: unknown;
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

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a health check and a data volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck?.test.join(' ')).toContain('7474');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('takes the Neo4j password from the environment, for both services', () => {
    expect(String(neo4j.environment?.NEO4J_AUTH)).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD[:?}]/);
    expect(app.environment?.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD}');
  });

  it('wires the app to the neo4j service by NEO4J_URI and waits for its health check', () => {
    expect(app.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(app.build).toBeDefined();
  });

  it('sets only environment variables that the config reads', () => {
    const unknown = Object.keys(app.environment ?? {}).filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
  });

  it('interpolates only variables that the config documents', () => {
    const referenced = [...composeText.matchAll(/\$\{([A-Z0-9_]+)/g)].map((match) => match[1] as string);
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter((name) => !known.has(name))).toEqual([]);
  });

  it('publishes ports on loopback only', () => {
    for (const port of [...(neo4j.ports ?? []), ...(app.ports ?? [])]) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('has a Dockerfile whose copied paths exist and that starts the CLI', () => {
    const dockerfile = readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('CMD ["node", "dist/cli/main.js", "start"]');
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) =>
      (m[1] as string).split(/\s+/),
    );
    expect(copied.length).toBeGreaterThan(3);
    for (const source of copied)
      expect([source, existsSync(path.join(PROJECT_ROOT, source))]).toEqual([source, true]);
  });
});
