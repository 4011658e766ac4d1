/**
 * The GraphQL IDEs with no internet: the offline IDE (/ide/) runs an example operation against the real
 * API and shows the result without any request beyond loopback, and sends the local API key; the Sandbox
 * landing page, which cannot load offline, tells the user where the offline IDE is.
 */
import type { GraphDatabase } from '../../../src/graph/database';
import { openTestDatabase } from '../../helpers/database';
import { startTestApi, type TestApi } from '../support/api';
import { ingestSample } from '../support/sample-graph';
import { browserAvailable, launchOfflineBrowser, screenshotPath, type OfflineBrowser } from './chromium';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const API_KEY = 'offline-ide-test-key';

describeInBrowser('the GraphQL IDEs without internet', () => {
  let db: GraphDatabase;
  let api: TestApi;
  let browser: OfflineBrowser;

  beforeAll(async () => {
    db = openTestDatabase();
    await ingestSample(db);
    api = await startTestApi(db, { apiKey: API_KEY });
    browser = await launchOfflineBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await db?.close();
  });

  it('runs the example "who sanctions whom" in the offline IDE and shows the result', async () => {
    const page = await browser.newPage();
    const sent: Record<string, string>[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql')
        sent.push(request.headers());
    });
    await page.goto(`${api.baseUrl}/ide/`);
    await page.getByText('WhoSanctionsWhom').first().click();
    await page.getByRole('button', { name: 'Send Request' }).click();
    const result = page.locator('app-query-result');
    await result.getByText('"SANCTIONS"').first().waitFor({ timeout: 60_000 });
    expect(await result.innerText()).toContain('"totalCount"');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.at(-1)?.authorization).toBe(`Bearer ${API_KEY}`);
    expect(browser.outside).toEqual([]);
    await page.screenshot({ path: screenshotPath('offline-ide') });
    await page.close();
  }, 120_000);

  it('shows offline users of the Sandbox landing page where the offline IDE is', async () => {
    const page = await browser.newPage();
    await page.goto(api.url);
    const note = page.locator('#newsgraph-offline-ide');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.innerText()).toMatch(/offline GraphQL IDE at \/ide\//);
    expect(await note.locator('a').getAttribute('href')).toBe('/ide/');
    await page.close();
  }, 60_000);
});
