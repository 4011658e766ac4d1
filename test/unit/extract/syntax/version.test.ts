/**
 * SYNTAX_EXTRACTOR_VERSION must change whenever what the syntax extractor reads changes, or re-ingesting
 * an article after an upgrade would skip it as unchanged (see src/extract/syntax/version.ts). This records
 * a digest of its output on the recorded CoreNLP annotations (test/fixtures/annotations) for the version.
 */
import { createHash } from 'node:crypto';
import { extractFromAnnotation } from '../../../../src/extract/syntax';
import { SYNTAX_EXTRACTOR_VERSION } from '../../../../src/extract/syntax/version';
import { loadAnnotationFixtures } from '../../../helpers/annotation-fixtures';

/** Update both together: bump the version in src/extract/syntax/version.ts, then paste the digest below. */
const RECORDED = {
  version: '2026-12-02.68',
  digest: '471bb78044ec3034c4d02b59263e7ef575bbb7d2581996ea219b1fd56cda27e1',
};

function outputDigest(): string {
  const hash = createHash('sha256');
  for (const fixture of loadAnnotationFixtures()) {
    hash.update(
      JSON.stringify(extractFromAnnotation(fixture.text, fixture.annotation, { id: fixture.name })),
    );
  }
  return hash.digest('hex');
}

describe('SYNTAX_EXTRACTOR_VERSION', () => {
  it('is the version whose output on the recorded annotations is recorded here', () => {
    const digest = outputDigest();
    const hint = `the syntax extractor's output digest is ${digest}; with a new output, bump SYNTAX_EXTRACTOR_VERSION and record both here`;
    expect({ version: SYNTAX_EXTRACTOR_VERSION, digest, hint }).toEqual({ ...RECORDED, hint });
  });
});
