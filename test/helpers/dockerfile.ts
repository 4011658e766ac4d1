/**
 * The little of a Dockerfile the tests need, read without Docker: its stages, and in each the COPY lines,
 * ENV, WORKDIR, USER, RUN and CMD (exec form only, as ours are written).
 */
import path from 'node:path';

export interface CopyInstruction {
  /** The stage the files come from (--from=...), or undefined for the build context. */
  readonly from: string | undefined;
  readonly sources: readonly string[];
  readonly destination: string;
}

export interface DockerStage {
  readonly image: string;
  readonly name: string | undefined;
  readonly workdir: string;
  readonly user: string | undefined;
  readonly env: Readonly<Record<string, string>>;
  readonly copies: readonly CopyInstruction[];
  readonly runs: readonly string[];
  readonly cmd: readonly string[] | undefined;
}

interface MutableStage {
  image: string;
  name: string | undefined;
  workdir: string;
  user: string | undefined;
  env: Record<string, string>;
  copies: CopyInstruction[];
  runs: string[];
  cmd: string[] | undefined;
}

/** Instructions one a line: comments dropped, backslash continuations joined. */
function instructions(text: string): [string, string][] {
  const joined = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const space = line.search(/\s/);
      return [line.slice(0, space).toUpperCase(), line.slice(space + 1).trim()];
    });
}

function parseEnv(args: string, env: Record<string, string>): void {
  for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) {
    const value = match[2] as string;
    env[match[1] as string] = value.startsWith('"') ? value.slice(1, -1) : value;
  }
}

function parseCopy(args: string): CopyInstruction {
  const words = args.split(/\s+/);
  const flags = words.filter((word) => word.startsWith('--'));
  const paths = words.filter((word) => !word.startsWith('--'));
  const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
  if (paths.length < 2) throw new Error(`COPY needs a source and a destination: ${args}`);
  return { from, sources: paths.slice(0, -1), destination: paths.at(-1) as string };
}

export function parseDockerfile(text: string): DockerStage[] {
  const stages: MutableStage[] = [];
  const current = (): MutableStage => {
    const stage = stages.at(-1);
    if (stage === undefined) throw new Error('an instruction before FROM');
    return stage;
  };
  for (const [keyword, args] of instructions(text)) {
    switch (keyword) {
      case 'FROM': {
        const [image, as, name] = args.split(/\s+/);
        stages.push({
          image: image as string,
          name: as?.toUpperCase() === 'AS' ? name : undefined,
          workdir: '/',
          user: undefined,
          env: {},
          copies: [],
          runs: [],
          cmd: undefined,
        });
        break;
      }
      case 'WORKDIR':
        current().workdir = path.posix.resolve(current().workdir, args);
        break;
      case 'USER':
        current().user = args;
        break;
      case 'ENV':
        parseEnv(args, current().env);
        break;
      case 'COPY':
        current().copies.push(parseCopy(args));
        break;
      case 'RUN':
        current().runs.push(args);
        break;
      case 'CMD':
        current().cmd = JSON.parse(args) as string[];
        break;
      default:
        break;
    }
  }
  return stages;
}

/** The stage the image is: the last one. */
export function finalStage(stages: readonly DockerStage[]): DockerStage {
  const stage = stages.at(-1);
  if (stage === undefined) throw new Error('a Dockerfile without FROM');
  return stage;
}
