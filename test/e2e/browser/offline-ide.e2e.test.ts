/**
 * The GraphQL IDEs with no internet: the offline IDE (/ide/) runs an example operation against the real
 * API and shows the result without any request beyond loopback, and sends the API key the user typed in
 * its key form (the page holds none); every tab answers its first Send; the Sandbox landing page, which
 * cannot load offline, tells the user where the offline IDE is.
 */
import { API_KEY_FORM_ID } from '../../../src/explore/api-key-prompt';
import { useApiSuite } from '../support/lifecycle';
import { browserAvailable, screenshotPath, useOfflineBrowser } from './chromium';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const API_KEY = 'offline-ide-test-key';

describeInBrowser('the GraphQL IDEs without internet', () => {
  const suite = useApiSuite({ apiKey: API_KEY });
  const browser = useOfflineBrowser();

  it('runs the example "who sanctions whom" in the offline IDE and shows the result', async () => {
    const page = await browser.current.newPage();
    const sent: Record<string, string>[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql')
        sent.push(request.headers());
    });
    await page.goto(`${suite.api.baseUrl}/ide/`);
    // The page holds no key: the user gives it (pasted here; it is in .neo4j/api-key), kept in this tab.
    expect(await page.content()).not.toContain(API_KEY);
    await page.locator(`#${API_KEY_FORM_ID}-input`).fill(API_KEY);
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.locator(`#${API_KEY_FORM_ID}`).getByText('Key set').waitFor({ timeout: 30_000 });
    await page.getByText('WhoSanctionsWhom').first().click();
    await page.getByRole('button', { name: 'Send Request' }).click();
    const result = page.locator('app-query-result');
    await result.getByText('"SANCTIONS"').first().waitFor({ timeout: 60_000 });
    expect(await result.innerText()).toContain('"totalCount"');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.at(-1)?.authorization).toBe(`Bearer ${API_KEY}`);
    expect(browser.current.outside).toEqual([]);
    await page.screenshot({ path: screenshotPath('offline-ide') });
    await page.close();
  }, 120_000);

  it.each([
    ['EntityWithEvidence', '"mentionCount"'],
    ['PathBetweenEntities', '"predicate"'],
    ['SearchEntities', '"score"'],
  ])(
    'the %s tab answers its first Send with data, no errors',
    async (tab, expected) => {
      const page = await browser.current.newPage();
      await page.goto(`${suite.api.baseUrl}/ide/`);
      await page.getByText(tab).first().click();
      await page.getByRole('button', { name: 'Send Request' }).click();
      const result = page.locator('app-query-result:visible');
      await result.getByText(expected).first().waitFor({ timeout: 60_000 });
      const text = await result.innerText();
      expect(text).toContain('"data"');
      expect(text).not.toContain('"errors"');
      await page.close();
    },
    120_000,
  );

  it('shows offline users of the Sandbox landing page where the offline IDE is', async () => {
    const page = await browser.current.newPage();
    await page.goto(suite.api.url);
    const note = page.locator('#newsgraph-offline-ide');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.innerText()).toMatch(/offline GraphQL IDE at \/ide\//);
    expect(await note.locator('a').getAttribute('href')).toBe('/ide/');
    // The key form is there too, and the page holds no key.
    await page.locator(`#${API_KEY_FORM_ID}-input`).waitFor({ timeout: 30_000 });
    expect(await page.content()).not.toContain(API_KEY);
    await page.close();
  }, 60_000);
});
