import { authenticate, requireApiKey } from '../../../src/api/auth';

describe('authenticate', () => {
  test('accepts exactly "Bearer <key>"', () => {
    expect(authenticate('Bearer s3cret-key', 's3cret-key')).toEqual({ authenticated: true });
    expect(authenticate('bearer s3cret-key ', 's3cret-key')).toEqual({ authenticated: true });
  });

  test('says why it refuses', () => {
    expect(authenticate('Bearer x', null)).toEqual({ authenticated: false, reason: 'no-key-configured' });
    expect(authenticate(undefined, 'k')).toEqual({ authenticated: false, reason: 'missing' });
    expect(authenticate('Basic abc', 'k')).toEqual({ authenticated: false, reason: 'malformed' });
    expect(authenticate('Bearer', 'k')).toEqual({ authenticated: false, reason: 'malformed' });
    expect(authenticate('Bearer k2', 'k')).toEqual({ authenticated: false, reason: 'wrong-key' });
    expect(authenticate('Bearer s3cret-ke', 's3cret-key')).toEqual({
      authenticated: false,
      reason: 'wrong-key',
    });
  });

  test('requireApiKey throws UNAUTHENTICATED; with no key configured it names NEWSGRAPH_API_KEY', () => {
    expect(() => requireApiKey({ authenticated: true })).not.toThrow();
    expect(() => requireApiKey({ authenticated: false, reason: 'no-key-configured' })).toThrow(
      /NEWSGRAPH_API_KEY is not set/,
    );
    expect(() => requireApiKey({ authenticated: false, reason: 'wrong-key' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });
});
