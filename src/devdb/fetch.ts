/**
 * Fetches Neo4j Community, Neo4j Browser and APOC core from Maven Central with Maven, once per home.
 * Maven caches the jars in ~/.m2, so a second home (a second checkout, the test server) costs a copy,
 * not a download.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { AppError, ErrorCode } from '../errors';
import { DOCKER_ALTERNATIVE, checkJava, checkMaven } from './prerequisites';
import { distributionLayout } from './layout';

export const POM_FILE = path.join(PROJECT_ROOT, 'src', 'devdb', 'pom.xml');

export interface DistributionVersions {
  readonly neo4j: string;
  readonly browser: string;
  readonly apoc: string;
}

export type ProgressReporter = (message: string) => void;

/** The versions pinned in pom.xml: the single place they are written down. */
export function pinnedVersions(pomText: string = readFileSync(POM_FILE, 'utf8')): DistributionVersions {
  const property = (name: string): string => {
    const match = new RegExp(`<${name.replace('.', '\\.')}>([^<]+)</`).exec(pomText);
    if (!match?.[1]) throw new Error(`pom.xml has no <${name}> property`);
    return match[1].trim();
  };
  return {
    neo4j: property('neo4j.version'),
    browser: property('browser.version'),
    apoc: property('apoc.version'),
  };
}

export function isFetched(home: string, versions: DistributionVersions = pinnedVersions()): boolean {
  const { fetchedMarker, lib } = distributionLayout(home);
  if (!existsSync(fetchedMarker) || !existsSync(path.join(lib, `neo4j-${versions.neo4j}.jar`))) return false;
  try {
    const recorded = JSON.parse(readFileSync(fetchedMarker, 'utf8')) as DistributionVersions;
    return (
      recorded.neo4j === versions.neo4j &&
      recorded.browser === versions.browser &&
      recorded.apoc === versions.apoc
    );
  } catch {
    return false;
  }
}

const UNREACHABLE =
  /(Could not transfer|UnknownHost|Unknown host|Connection refused|Network is unreachable|connect timed out|Temporary failure in name resolution|Connection reset|Remote host terminated)/i;

export function explainMavenFailure(output: string): AppError {
  if (UNREACHABLE.test(output)) {
    return new AppError(
      ErrorCode.DEPENDENCY_MISSING,
      'Maven could not reach Maven Central (https://repo.maven.apache.org) to fetch Neo4j Community. ' +
        'Check the network or proxy settings (~/.m2/settings.xml), then run `newsgraph neo4j start` again. ' +
        DOCKER_ALTERNATIVE,
    );
  }
  const errors = output
    .split('\n')
    .filter((line) => line.includes('[ERROR]'))
    .slice(0, 8)
    .join('\n');
  return new AppError(
    ErrorCode.DEPENDENCY_MISSING,
    `Maven failed to fetch Neo4j:\n${errors}\n${DOCKER_ALTERNATIVE}`,
  );
}

/** Downloads the jars into `<home>/lib` and `<home>/plugins` unless they are already there. */
export async function fetchDistribution(
  home: string,
  progress: ProgressReporter,
): Promise<DistributionVersions> {
  const versions = pinnedVersions();
  if (isFetched(home, versions)) return versions;
  await checkJava();
  await checkMaven();
  progress(
    `Fetching Neo4j Community ${versions.neo4j}, Neo4j Browser ${versions.browser} and APOC ${versions.apoc} ` +
      `from Maven Central into ${home} (once; about 140 MB)...`,
  );
  const output = await runMaven(home, progress);
  if (!existsSync(path.join(distributionLayout(home).lib, `neo4j-${versions.neo4j}.jar`))) {
    throw explainMavenFailure(output);
  }
  writeFileSync(distributionLayout(home).fetchedMarker, `${JSON.stringify(versions, null, 2)}\n`);
  progress('Neo4j fetched.');
  return versions;
}

function runMaven(home: string, progress: ProgressReporter): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', ['-B', '-f', POM_FILE, 'package', `-Dnewsgraph.home=${home}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let downloaded = 0;
    let lastReport = 0;
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output += text;
      downloaded += (text.match(/Downloaded from/g) ?? []).length;
      if (downloaded - lastReport >= 25) {
        lastReport = downloaded;
        progress(`  ... ${downloaded} files downloaded`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => reject(explainMavenFailure(`${output}\n${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(explainMavenFailure(output));
    });
  });
}
