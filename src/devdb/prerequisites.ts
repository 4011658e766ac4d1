/**
 * The embedded Neo4j needs Java 17+ (to run) and Maven (to fetch the jars once). When either is missing
 * we say exactly what to install, and name Docker as the other way to get a Neo4j.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { AppError, ErrorCode } from '../errors';

export const DOCKER_ALTERNATIVE =
  'Alternatively, run Neo4j with Docker (`docker compose up -d neo4j`, see docker-compose.yml) and set ' +
  'NEO4J_URI=bolt://127.0.0.1:7687 and NEO4J_PASSWORD.';

function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(error);
      else resolve({ stdout, stderr });
    });
  });
}

export function javaExecutable(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const javaHome = env.JAVA_HOME;
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

/** "17.0.15" -> 17, "1.8.0_392" -> 8. */
export function javaMajorVersion(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Who needs Java and Maven, for the messages: the embedded Neo4j unless another local service says so. */
export interface JavaService {
  /** "The embedded Neo4j" */
  readonly name: string;
  /** "Neo4j 5.26" */
  readonly versionedName: string;
  /** "Neo4j Community" */
  readonly fetched: string;
  /** How to do without the local server. */
  readonly alternative: string;
}

export const EMBEDDED_NEO4J: JavaService = {
  name: 'The embedded Neo4j',
  versionedName: 'Neo4j 5.26',
  fetched: 'Neo4j Community',
  alternative: DOCKER_ALTERNATIVE,
};

export async function checkJava(
  java = javaExecutable(),
  service: JavaService = EMBEDDED_NEO4J,
): Promise<number> {
  let output: string;
  try {
    const { stdout, stderr } = await run(java, ['-version']);
    output = `${stderr}${stdout}`;
  } catch {
    throw new AppError(
      ErrorCode.DEPENDENCY_MISSING,
      `Java was not found (tried "${java}"). ${service.name} needs Java 17 or newer: install it ` +
        '(Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME. ' +
        service.alternative,
    );
  }
  const major = javaMajorVersion(output);
  if (major === null || major < 17) {
    throw new AppError(
      ErrorCode.DEPENDENCY_MISSING,
      `${service.versionedName} needs Java 17 or newer, but "${java} -version" reports ${major ?? 'an unknown version'}. ` +
        'Install Java 17+ or point JAVA_HOME at one. ' +
        service.alternative,
    );
  }
  return major;
}

export async function checkMaven(mvn = 'mvn', service: JavaService = EMBEDDED_NEO4J): Promise<void> {
  try {
    await run(mvn, ['-v']);
  } catch {
    throw new AppError(
      ErrorCode.DEPENDENCY_MISSING,
      `Maven was not found. newsgraph fetches ${service.fetched} from Maven Central with it, once: install it ` +
        '(Debian/Ubuntu: `apt-get install maven`). ' +
        service.alternative,
    );
  }
}
