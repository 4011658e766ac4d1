/**
 * `npm run record:annotations [-- name-prefix...]`: annotates the fixture texts (test/helpers/annotation-fixtures.ts) with a
 * running CoreNLP server (CORENLP_URL, default http://127.0.0.1:9000) and writes
 * test/fixtures/annotations/<name>.json. Run it after a CoreNLP upgrade or a change of the default
 * properties; the integration test fails until then.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { syntaxInput } from '../src/extract/syntax';
import { CoreNlpClient } from '../src/nlp/corenlp-client';
import { readFileSync } from 'node:fs';
import {
  ANNOTATION_FIXTURES_DIR,
  caseFixtures,
  compactAnnotation,
  fixtureFile,
  fixtureTexts,
  formatFixture,
} from '../test/helpers/annotation-fixtures';

async function main(): Promise<void> {
  const urls = (process.env.CORENLP_URL ?? 'http://127.0.0.1:9000').split(',');
  const client = new CoreNlpClient({ urls, timeoutMs: 600_000 });
  mkdirSync(ANNOTATION_FIXTURES_DIR, { recursive: true });
  const prefixes = process.argv.slice(2);
  const chosen = fixtureTexts().filter(
    (fixture) => prefixes.length === 0 || prefixes.some((prefix) => fixture.name.startsWith(prefix)),
  );
  for (const fixture of chosen) {
    const started = Date.now();
    // What the corenlp analyzer sends: the text with glued names split (src/extract/syntax/input-text.ts).
    const annotation = compactAnnotation(await client.annotate(syntaxInput(fixture.text).text));
    writeFileSync(
      fixtureFile(fixture.name),
      formatFixture({ ...fixture, engine: client.identity(), annotation }),
    );
    const tokens = annotation.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
    process.stdout.write(
      `${fixture.name}: ${tokens} tokens in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  // The case fixtures of the unit tests (test/fixtures/annotations/<folder>/<case>.json, bare annotations).
  for (const fixture of caseFixtures()) {
    if (prefixes.length > 0 && !prefixes.some((prefix) => fixture.name.startsWith(prefix))) continue;
    const text = syntaxInput(readFileSync(fixture.textFile, 'utf8')).text;
    const annotation = compactAnnotation(await client.annotate(text));
    writeFileSync(fixture.annotationFile, `${JSON.stringify(annotation, null, 2)}\n`);
    process.stdout.write(`${fixture.name}: recorded\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`record-annotations: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
