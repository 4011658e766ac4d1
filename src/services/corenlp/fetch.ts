/**
 * Fetches Stanford CoreNLP and its English models from Maven Central with Maven, once per home. Maven keeps
 * the jars in ~/.m2 too, so a second home (a second checkout) costs a copy, not a download.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { explainMavenFailure, runMaven, type ProgressReporter } from '../../devdb/fetch';
import { checkJava, checkMaven, type JavaService } from '../../devdb/prerequisites';
import { coreNlpDistribution } from './layout';

export const CORENLP_POM_FILE = path.join(PROJECT_ROOT, 'src', 'services', 'corenlp', 'pom.xml');

export const CORENLP_SERVICE: JavaService & { readonly startCommand: string } = {
  name: 'The local CoreNLP server',
  versionedName: 'Stanford CoreNLP 4.5',
  fetched: 'Stanford CoreNLP and its English models',
  alternative:
    'Alternatively, point CORENLP_URL at a running CoreNLP server, or set NEWSGRAPH_ANALYZER=fast to ' +
    'analyse without Java (less accurate).',
  startCommand: 'newsgraph nlp start',
};

/** The version pinned in pom.xml: the single place it is written down. */
export function pinnedCoreNlpVersion(pomText: string = readFileSync(CORENLP_POM_FILE, 'utf8')): string {
  const match = /<corenlp\.version>([^<]+)</.exec(pomText);
  if (!match?.[1]) throw new Error('pom.xml has no <corenlp.version> property');
  return match[1].trim();
}

export function coreNlpJars(home: string, version: string): string[] {
  const { lib } = coreNlpDistribution(home);
  return [`stanford-corenlp-${version}.jar`, `stanford-corenlp-${version}-models.jar`].map((jar) =>
    path.join(lib, jar),
  );
}

export function isCoreNlpFetched(home: string, version: string = pinnedCoreNlpVersion()): boolean {
  const { fetchedMarker } = coreNlpDistribution(home);
  if (!existsSync(fetchedMarker) || !coreNlpJars(home, version).every((jar) => existsSync(jar))) {
    return false;
  }
  try {
    return (JSON.parse(readFileSync(fetchedMarker, 'utf8')) as { corenlp?: string }).corenlp === version;
  } catch {
    return false;
  }
}

/** Whether the optional KBP models (entity linking) are in the home. */
export function hasKbpModels(home: string, version: string = pinnedCoreNlpVersion()): boolean {
  return existsSync(
    path.join(coreNlpDistribution(home).lib, `stanford-corenlp-${version}-models-english-kbp.jar`),
  );
}

const UNIT_BYTES: Readonly<Record<string, number>> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

/**
 * The figure of the largest file in Maven's interactive transfer lines, e.g. "Progress (1): 120/475 MB"
 * (Maven 3.8), "Progress (1): x.jar (120/475 MB)" (3.9), "Progress (2): 120/475 MB | 3/8 kB"; in bytes,
 * the latest one when the chunk holds several.
 */
export function lastTransferProgress(text: string): { done: number; total: number } | null {
  let last: { done: number; total: number } | null = null;
  for (const line of text.split(/[\r\n]+/)) {
    if (!line.includes('Progress (')) continue;
    for (const match of line.matchAll(/(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?) (B|kB|MB|GB)\b/g)) {
      const unit = UNIT_BYTES[match[3] as string] ?? 1;
      const figure = { done: Number(match[1]) * unit, total: Number(match[2]) * unit };
      if (last === null || figure.total >= last.total) last = figure;
    }
  }
  return last;
}

/** Reports a large download (the 475 MB models jar) every 10 %; small files are not worth a line. */
export function downloadReporter(progress: ProgressReporter): (text: string) => void {
  let reportedTenths = -1;
  let total = 0;
  return (text) => {
    const figure = lastTransferProgress(text);
    if (figure === null || figure.total < 20e6) return;
    if (figure.total !== total) {
      total = figure.total;
      reportedTenths = -1;
    }
    const tenths = Math.floor((figure.done / figure.total) * 10);
    if (tenths > reportedTenths) {
      reportedTenths = tenths;
      progress(`  ... ${Math.round(figure.done / 1e6)} of ${Math.round(figure.total / 1e6)} MB`);
    }
  };
}

/** Copies the jars into `<home>/lib` (downloading them into ~/.m2 first if needed) unless already there. */
export async function fetchCoreNlp(home: string, progress: ProgressReporter): Promise<string> {
  const version = pinnedCoreNlpVersion();
  if (isCoreNlpFetched(home, version)) return version;
  await checkJava(undefined, CORENLP_SERVICE);
  await checkMaven(undefined, CORENLP_SERVICE);
  progress(
    `Fetching Stanford CoreNLP ${version} and its English models from Maven Central into ${home} ` +
      '(once; about 480 MB to download unless ~/.m2 already holds them)...',
  );
  // Not batch mode: Maven's interactive transfer lines are the only progress of the one 475 MB file.
  await runMaven(CORENLP_POM_FILE, home, progress, {
    args: ['-Dstyle.color=never'],
    onOutput: downloadReporter(progress),
  }).catch((output: string) => {
    throw explainMavenFailure(output, CORENLP_SERVICE);
  });
  if (!coreNlpJars(home, version).every((jar) => existsSync(jar))) {
    throw explainMavenFailure('', CORENLP_SERVICE);
  }
  writeFileSync(coreNlpDistribution(home).fetchedMarker, `${JSON.stringify({ corenlp: version })}\n`);
  progress('CoreNLP fetched.');
  return version;
}
