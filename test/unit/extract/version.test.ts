/**
 * EXTRACTOR_VERSION must change whenever what the extractor reads changes, or re-ingesting an article
 * after an upgrade would skip it as unchanged (see src/extract/version.ts). This records a digest of the
 * extractor's output on the gold fixtures for the current version.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../../../src/extract';
import { EXTRACTOR_VERSION } from '../../../src/extract/version';

/** Update both together: bump the version in src/extract/version.ts, then paste the digest printed below. */
const RECORDED = {
  version: '2026-11-30.1',
  digest: 'd29929f2a893b9437f8f385abf57bb3aa0d7b82ab333e75d6a440e1ce0c4ce29',
};

const GOLD = path.join(__dirname, '..', '..', 'fixtures', 'gold');

function outputDigest(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(GOLD)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(path.join(GOLD, file), 'utf8');
    hash.update(JSON.stringify(extract(text, { id: file })));
  }
  return hash.digest('hex');
}

describe('EXTRACTOR_VERSION', () => {
  it('is the version whose output on the gold fixtures is recorded here', () => {
    const digest = outputDigest();
    const hint = `the extractor's output digest is ${digest}; with a new output, bump EXTRACTOR_VERSION and record both here`;
    expect({ version: EXTRACTOR_VERSION, digest, hint }).toEqual({ ...RECORDED, hint });
  });
});
