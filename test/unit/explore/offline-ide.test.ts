/** The offline IDE's static files: what a path may name, and what it may not. */
import { ideAsset } from '../../../src/explore/offline-ide';

describe('ideAsset', () => {
  test('serves a file of the bundle with its content type', async () => {
    const asset = await ideAsset('index.html');
    expect(asset?.contentType).toBe('text/html; charset=utf-8');
    expect(asset?.body.length).toBeGreaterThan(0);
  });

  test('malformed percent-encoding names no file (404), instead of throwing (500)', async () => {
    await expect(ideAsset('%E0%A4%A')).resolves.toBeNull();
    await expect(ideAsset('%')).resolves.toBeNull();
  });

  test('a path that leaves the bundle, encoded or not, names no file', async () => {
    await expect(ideAsset('../package.json')).resolves.toBeNull();
    await expect(ideAsset('..%2F..%2F..%2Fpackage.json')).resolves.toBeNull();
    await expect(ideAsset('no-such-file.js')).resolves.toBeNull();
  });
});
