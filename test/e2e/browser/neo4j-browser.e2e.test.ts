/**
 * Neo4j Browser, as an analyst meets it: log in to the embedded Neo4j, find our guide opened and our style
 * applied (both served by the API, through browser.post_connect_cmd), run the guide's SANCTIONS query and
 * see the graph drawn.
 */
import type { Page } from 'playwright-core';
import { loadExploreQueries } from '../../../src/explore/explore-queries';
import { entityColour } from '../../../src/explore/graph-style';
import { testApiPort, testServer } from '../../setup/test-database';
import { useApiSuite } from '../support/lifecycle';
import { browserAvailable, screenshotPath, useOfflineBrowser } from './chromium';

// Only the embedded test server carries our post-connect settings (not an external NEO4J_URI).
const embedded = process.env.NEWSGRAPH_TEST_BROWSER_URL !== undefined;
const describeInBrowser = embedded && browserAvailable() ? describe : describe.skip;

async function logIn(page: Page): Promise<void> {
  const bolt = new URL(process.env.NEO4J_URI ?? '');
  const url = new URL(process.env.NEWSGRAPH_TEST_BROWSER_URL ?? '');
  url.searchParams.set('dbms', `neo4j://neo4j@${bolt.host}`);
  url.searchParams.set('preselectAuthMethod', 'NATIVE');
  await page.goto(url.href);
  await page.fill('input[data-testid="password"]', testServer().password);
  await page.click('button[data-testid="connect"]');
}

describeInBrowser('Neo4j Browser on the sample graph', () => {
  // The API lets Neo4j Browser's origin (the embedded Neo4j's HTTP port) read the style and the guide.
  const browserPort = new URL(process.env.NEWSGRAPH_TEST_BROWSER_URL ?? 'http://localhost:7474').port;
  useApiSuite({ port: testApiPort(), env: { NEO4J_HTTP_PORT: browserPort } });
  const browser = useOfflineBrowser();

  it('opens our guide and applies our style after logging in', async () => {
    const page = await browser.current.newPage();
    await logIn(page);
    await page.getByText('A knowledge graph read from news articles').waitFor({ timeout: 60_000 });
    const frames = await page.locator('[data-testid="frameCommand"], [data-testid="frame"]').allInnerTexts();
    const commands = frames.join('\n');
    expect(commands).toContain(`:style http://localhost:${testApiPort()}/browser/newsgraph.grass`);
    expect(commands).toContain(`:play http://localhost:${testApiPort()}/browser/guide.html`);
    // Connected, Browser on Community loads its web fonts and Segment's and Canny's scripts whatever
    // neo4j.conf says, and reports its own script errors to Sentry (README: "What Browser fetches"); the
    // offline browser refuses them. Nothing else may leave loopback.
    await page.waitForTimeout(3_000);
    const hosts = [...new Set(browser.current.outside.map((url) => new URL(url).hostname))];
    const documented =
      /^(fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.segment\.com|api\.segment\.io|canny\.io|o\d+\.ingest\.sentry\.io)$/;
    expect(hosts.filter((host) => !documented.test(host))).toEqual([]);
    await page.close();
  }, 120_000);

  it('runs the guide query for SANCTIONS and draws the facts in our colours', async () => {
    const page = await browser.current.newPage();
    await logIn(page);
    await page.getByText('A knowledge graph read from news articles').waitFor({ timeout: 60_000 });
    const slide = loadExploreQueries().findIndex((query) => query.name === '02-who-sanctions-whom') + 2;
    await page.locator(`li[aria-label="${slide}"]`).first().click();
    await page.locator('.slide pre.runnable', { hasText: ':SANCTIONS]' }).first().click();
    await page.click('[data-testid="editor-Run"]');
    await page.locator('svg g.relationship', { hasText: 'SANCTIONS' }).first().waitFor({ timeout: 60_000 });

    expect(await page.locator('svg g.node').count()).toBeGreaterThanOrEqual(2);
    const fills = (
      await page
        .locator('svg g.node circle')
        .evaluateAll((circles) => circles.map((c) => c.getAttribute('fill')))
    )
      .filter((fill): fill is string => fill !== null)
      .map((fill) => fill.toUpperCase());
    expect(fills).toContain(entityColour('COUNTRY').toUpperCase());
    // Let the force layout settle before the picture for the README.
    await page.waitForTimeout(3_000);
    await page.screenshot({ path: screenshotPath('neo4j-browser-sanctions') });
    await page.close();
  }, 180_000);
});
