/**
 * The recorded annotations (test/fixtures/annotations) against what the live CoreNLP server answers now.
 * When this fails, CoreNLP or its properties changed: check the differences it names, then re-record with
 * `npm run record:annotations` and re-run the extractor's unit tests.
 */
import { syntaxInput } from '../../../src/extract/syntax';
import { CoreNlpClient } from '../../../src/nlp/corenlp-client';
import { readFileSync } from 'node:fs';
import type { Annotation } from '../../../src/nlp/annotation';
import {
  annotationDifferences,
  caseFixtures,
  compactAnnotation,
  loadAnnotationFixtures,
} from '../../helpers/annotation-fixtures';

const URL = process.env.CORENLP_URL ?? 'http://127.0.0.1:9000';

jest.setTimeout(900_000);

describe('the recorded CoreNLP annotations', () => {
  const client = new CoreNlpClient({ urls: [URL], timeoutMs: 600_000 });
  const fixtures = loadAnnotationFixtures();

  it('exist for the sample, the gold texts and CoNLL04 sentences', () => {
    const names = fixtures.map((fixture) => fixture.name);
    expect(names).toContain('belarus-embassy-closure');
    expect(names.filter((name) => name.startsWith('sotu-'))).toHaveLength(6);
    expect(names.filter((name) => name.startsWith('conll04-train-'))).toHaveLength(10);
  });

  it('were recorded with the engine and settings the client uses now', () => {
    for (const fixture of fixtures)
      expect({ name: fixture.name, engine: fixture.engine }).toEqual({
        name: fixture.name,
        engine: client.identity(),
      });
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    'match what the server answers now (%s)',
    async (_name, fixture) => {
      // The text the corenlp analyzer sends (glued names split), as the fixture was recorded.
      const live = compactAnnotation(await client.annotate(syntaxInput(fixture.text).text));
      expect(annotationDifferences(fixture.annotation, live)).toEqual([]);
    },
  );

  const cases = caseFixtures();
  it("include the unit tests' case fixtures of both stages", () => {
    expect(cases.filter((c) => c.name.startsWith('entities/')).length).toBeGreaterThan(3);
    expect(cases.filter((c) => c.name.startsWith('syntax/')).length).toBeGreaterThan(20);
  });

  it.each(cases.map((fixture) => [fixture.name, fixture] as const))(
    'match what the server answers now (case %s)',
    async (_name, fixture) => {
      const recorded = JSON.parse(readFileSync(fixture.annotationFile, 'utf8')) as Annotation;
      const text = syntaxInput(readFileSync(fixture.textFile, 'utf8')).text;
      const live = compactAnnotation(await client.annotate(text));
      expect(annotationDifferences(recorded, live)).toEqual([]);
    },
  );
});
