/**
 * Headless Debian Chromium driven by playwright-core, with every request that leaves loopback refused, so
 * each browser test also proves the page works without internet. `.ci/run` installs Chromium and sets
 * NEWSGRAPH_REQUIRE_BROWSER=1, so there a missing browser fails instead of skipping.
 */
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.NEWSGRAPH_REQUIRE_BROWSER === '1') {
    throw new Error(
      `Chromium is required for the browser tests but ${CHROMIUM} does not exist (apt-get install chromium)`,
    );
  }
  process.stderr.write(
    `Skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium).\n`,
  );
  return false;
}

export interface OfflineBrowser {
  readonly browser: Browser;
  /** Requests the pages tried to send beyond loopback (all refused). */
  readonly outside: string[];
  /** A page in a fresh context: no cookies or local storage from earlier pages (Neo4j Browser keeps logins). */
  newPage(): Promise<Page>;
  /** Closes every context newPage opened, and with them the connections they keep alive. */
  closeContexts(): Promise<void>;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const outside: string[] = [];
  const contexts = new Set<BrowserContext>();
  const offlineContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    contexts.add(context);
    context.once('close', () => contexts.delete(context));
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (LOOPBACK.has(url.hostname) || url.protocol === 'data:') return route.continue();
      outside.push(url.href);
      return route.abort('internetdisconnected');
    });
    return context;
  };
  return {
    browser,
    outside,
    newPage: async () => (await offlineContext()).newPage(),
    closeContexts: async () => {
      await Promise.all([...contexts].map((context) => context.close()));
    },
    close: () => browser.close(),
  };
}

/** Screenshots go to NEWSGRAPH_SCREENSHOTS_DIR (`npm run docs:screenshots` sets docs/), else a temp folder. */
export function screenshotPath(name: string): string {
  const dir = process.env.NEWSGRAPH_SCREENSHOTS_DIR ?? path.join(os.tmpdir(), 'newsgraph-screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/**
 * Launches the browser before a suite's tests and closes it after; read `.current` inside tests. The
 * contexts a test opened are closed after it, so the browser holds no connection to the API (a spare
 * one it opened ahead of need, idle keep-alive ones) when the suite's API closes: jest runs afterAll
 * hooks in the order they were declared, and suites declare the API before the browser.
 */
export function useOfflineBrowser(): { current: OfflineBrowser } {
  const holder = {} as { current: OfflineBrowser };
  beforeAll(async () => {
    holder.current = await launchOfflineBrowser();
  }, 60_000);
  afterEach(() => holder.current?.closeContexts(), 30_000);
  afterAll(() => holder.current?.close(), 30_000);
  return holder;
}
