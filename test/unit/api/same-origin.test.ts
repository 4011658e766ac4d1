/** Which Origin headers count as another site's; the pages hold no key. (CORS: test/e2e/api-http.e2e.test.ts.) */
import { isForeignOrigin } from '../../../src/api/http/same-origin';
import { withApiKeyForm } from '../../../src/api/landing';
import { API_KEY_SCRIPT_PATH } from '../../../src/explore/api-key-prompt';
import { renderOfflineIde } from '../../../src/explore/offline-ide';

describe('isForeignOrigin', () => {
  test('no Origin (curl, server-side clients) is not foreign', () => {
    expect(isForeignOrigin(undefined, '127.0.0.1:4000')).toBe(false);
  });

  test("the server's own origin, as the browser reached it, is not foreign", () => {
    expect(isForeignOrigin('http://127.0.0.1:4000', '127.0.0.1:4000')).toBe(false);
    expect(isForeignOrigin('http://LOCALHOST:4000', 'localhost:4000')).toBe(false);
  });

  test('another port, host or scheme-less value is foreign, and so is "null"', () => {
    expect(isForeignOrigin('http://127.0.0.1:5000', '127.0.0.1:4000')).toBe(true);
    expect(isForeignOrigin('http://evil.example', '127.0.0.1:4000')).toBe(true);
    expect(isForeignOrigin('null', '127.0.0.1:4000')).toBe(true);
    expect(isForeignOrigin('http://127.0.0.1:4000', undefined)).toBe(true);
  });
});

describe('the pages hold no key and load the key form', () => {
  test('the offline IDE page', () => {
    const page = renderOfflineIde();
    expect(page).toContain(`<script src="${API_KEY_SCRIPT_PATH}"></script>`);
    expect(page).not.toMatch(/Bearer|Authorization/i);
  });

  test('the Sandbox landing page hands the tab key to Sandbox as it starts', () => {
    const html =
      '<html><body><script>var embeddedSandboxConfig = {};\nnew window.EmbeddedSandbox({});</script></body>';
    const page = withApiKeyForm(html, API_KEY_SCRIPT_PATH);
    expect(page).toContain(`<script src="${API_KEY_SCRIPT_PATH}"></script>`);
    expect(page.indexOf('newsgraphApiKey.headers()')).toBeLessThan(
      page.indexOf('new window.EmbeddedSandbox('),
    );
    expect(() => withApiKeyForm('<html><body></body></html>', API_KEY_SCRIPT_PATH)).toThrow(
      /no place for the API key form/,
    );
  });
});
