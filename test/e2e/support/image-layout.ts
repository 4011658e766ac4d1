/**
 * The app's image without Docker: the files laid out in a temp folder as the Dockerfile's COPY lines say
 * (the build stage's tsc run for real; node_modules the repository's, not pruned), and its CMD run there as an
 * unprivileged user who cannot write to the app folder, as USER node cannot in the image.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import {
  finalStage,
  parseDockerfile,
  type CopyInstruction,
  type DockerStage,
} from '../../helpers/dockerfile';

/** nobody: any unprivileged user will do, as long as it owns nothing in the layout. */
const UNPRIVILEGED = { uid: 65534, gid: 65534 };

export interface ImageLayout {
  /** The container's root: the image's absolute paths live under it. */
  readonly root: string;
  readonly image: DockerStage;
  /** The WORKDIR, where CMD runs. */
  readonly workdir: string;
  /** The image's ENV, with absolute paths moved under root. */
  readonly env: Readonly<Record<string, string>>;
  /** For child_process: run as an unprivileged user when we are root. */
  readonly user: { uid?: number; gid?: number };
  remove(): void;
}

/** Whether that user can read the file (a clone under /root is out of nobody's reach). */
function readableBy(user: { uid: number; gid: number }, file: string): boolean {
  const check = 'require("node:fs").accessSync(process.argv[1], require("node:fs").constants.R_OK)';
  return spawnSync(process.execPath, ['-e', check, file], { ...user, stdio: 'ignore' }).status === 0;
}

/**
 * The image's node_modules: the repository's own, linked (too big to copy for every run), or copied
 * where the unprivileged user could not read it through the link.
 */
function linkOrCopyNodeModules(target: string, asRoot: boolean): void {
  const modules = path.join(PROJECT_ROOT, 'node_modules');
  if (!asRoot || readableBy(UNPRIVILEGED, path.join(modules, 'pino', 'package.json'))) {
    symlinkSync(modules, target);
    return;
  }
  execFileSync('cp', ['-a', modules, target]);
}

function dockerIgnored(): (relative: string) => boolean {
  const patterns = readFileSync(path.join(PROJECT_ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(
      (pattern) =>
        new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/|$)`),
    );
  return (relative) =>
    patterns.some((pattern) => pattern.test(relative) || pattern.test(path.basename(relative)));
}

/** Where a COPY's destination lands, under a stage's root. */
function destination(root: string, stage: DockerStage, copy: CopyInstruction): string {
  return path.join(root, path.posix.resolve(stage.workdir, copy.destination));
}

function copyFromContext(stageRoot: string, stage: DockerStage, copy: CopyInstruction): void {
  const ignored = dockerIgnored();
  const target = destination(stageRoot, stage, copy);
  for (const source of copy.sources) {
    const from = path.join(PROJECT_ROOT, source);
    if (!existsSync(from)) throw new Error(`COPY ${source}: not in the build context`);
    // COPY dir dest copies the folder's contents; COPY file ./ keeps the file's name.
    const to =
      copy.destination.endsWith('/') && !source.endsWith('/')
        ? path.join(target, path.basename(source))
        : target;
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(from, to, {
      recursive: true,
      filter: (file) => !ignored(path.relative(PROJECT_ROOT, file)),
    });
  }
}

/** The build stage: its COPY lines, then its RUN as we can do it here (tsc; the repo's node_modules). */
function buildStage(stageRoot: string, stage: DockerStage): void {
  for (const copy of stage.copies) copyFromContext(stageRoot, stage, copy);
  const workdir = path.join(stageRoot, stage.workdir);
  const run = stage.runs.join(' && ');
  if (!run.includes('tsc -p tsconfig.build.json'))
    throw new Error(`the build stage no longer runs tsc -p tsconfig.build.json: ${run}`);
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(workdir, 'node_modules'));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: workdir,
    stdio: 'pipe',
  });
}

function imageEnv(root: string, env: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([name, value]) => [
      name,
      value.startsWith('/') ? path.join(root, value) : value,
    ]),
  );
}

export function layOutImage(dockerfile = path.join(PROJECT_ROOT, 'Dockerfile')): ImageLayout {
  const stages = parseDockerfile(readFileSync(dockerfile, 'utf8'));
  const image = finalStage(stages);
  const base = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-image-'));
  chmodSync(base, 0o755);
  const stageRoots = new Map<string, string>();
  for (const stage of stages.slice(0, -1)) {
    const stageRoot = path.join(base, `stage-${stage.name ?? stageRoots.size}`);
    buildStage(stageRoot, stage);
    if (stage.name !== undefined) stageRoots.set(stage.name, stageRoot);
  }
  const root = path.join(base, 'image');
  const asRoot = process.getuid?.() === 0;
  for (const copy of image.copies) {
    if (copy.from === undefined) {
      copyFromContext(root, image, copy);
      continue;
    }
    const stageRoot = stageRoots.get(copy.from);
    if (stageRoot === undefined) throw new Error(`COPY --from=${copy.from}: no such stage`);
    const target = destination(root, image, copy);
    mkdirSync(path.dirname(target), { recursive: true });
    for (const source of copy.sources) {
      const from = path.join(stageRoot, source);
      if (path.basename(source) === 'node_modules') linkOrCopyNodeModules(target, asRoot);
      else cpSync(from, target, { recursive: true });
    }
  }
  // The base image gives its user a home it owns (node:22-slim: /home/node); the app folder is root's.
  const home = path.join(root, 'home', image.user ?? 'root');
  mkdirSync(home, { recursive: true });
  if (asRoot) chownSync(home, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  else execFileSync('chmod', ['-R', 'a-w', path.join(root, image.workdir)]);
  return {
    root,
    image,
    workdir: path.join(root, image.workdir),
    env: imageEnv(root, image.env),
    user: asRoot ? UNPRIVILEGED : {},
    remove: () => {
      if (!asRoot) execFileSync('chmod', ['-R', 'u+w', base]);
      rmSync(base, { recursive: true, force: true });
    },
  };
}
