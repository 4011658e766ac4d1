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
import { EMBEDDED_NEO4J, checkJava, checkMaven, type JavaService } from './prerequisites';
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

export function explainMavenFailure(
  output: string,
  service: JavaService & { readonly startCommand: string } = {
    ...EMBEDDED_NEO4J,
    startCommand: 'newsgraph neo4j start',
  },
): AppError {
  if (UNREACHABLE.test(output)) {
    return new AppError(
      ErrorCode.DEPENDENCY_MISSING,
      `Maven could not reach Maven Central (https://repo.maven.apache.org) to fetch ${service.fetched}. ` +
        `Check the network or proxy settings (~/.m2/settings.xml), then run \`${service.startCommand}\` again. ` +
        service.alternative,
    );
  }
  const errors = output
    .split('\n')
    .filter((line) => line.includes('[ERROR]'))
    .slice(0, 8)
    .join('\n');
  return new AppError(
    ErrorCode.DEPENDENCY_MISSING,
    `Maven failed to fetch ${service.fetched}:\n${errors}\n${service.alternative}`,
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
  const output = await runMaven(POM_FILE, home, progress).catch((output: string) => {
    throw explainMavenFailure(output);
  });
  if (!existsSync(path.join(distributionLayout(home).lib, `neo4j-${versions.neo4j}.jar`))) {
    throw explainMavenFailure(output);
  }
  writeFileSync(distributionLayout(home).fetchedMarker, `${JSON.stringify(versions, null, 2)}\n`);
  progress('Neo4j fetched.');
  return versions;
}

export interface MavenRun {
  /** Extra arguments before the goal, e.g. `-Pkbp`. */
  readonly args?: readonly string[];
  /** Sees every chunk of Maven's output, e.g. to report the progress of one large download. */
  readonly onOutput?: (text: string) => void;
}

/**
 * `mvn package` of `pomFile` with `-Dnewsgraph.home=<home>`. Resolves Maven's output; rejects with it (a
 * string, for the caller to explain) when Maven fails or cannot be run.
 */
export function runMaven(
  pomFile: string,
  home: string,
  progress: ProgressReporter,
  options: MavenRun = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'mvn',
      [...(options.args ?? ['-B']), '-f', pomFile, 'package', `-Dnewsgraph.home=${home}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    let downloaded = 0;
    let lastReport = 0;
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output += text;
      options.onOutput?.(text);
      downloaded += (text.match(/Downloaded from/g) ?? []).length;
      if (downloaded - lastReport >= 25) {
        lastReport = downloaded;
        progress(`  ... ${downloaded} files downloaded`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => reject(`${output}\n${error.message}`));
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(output);
    });
  });
}
