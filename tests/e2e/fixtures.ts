import { existsSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { repoRoot, startWebHostProcess, type RunningWebHost } from './web-host-process';

/** The real career-path documents live beside the repository, never inside it. */
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
export const SEED_DOCUMENT = '31-Support_Engineer_Customer_Success_Engineer.md';

export function corpusFile(name: string): string | null {
  const file = path.join(corpusDir, name);
  return existsSync(file) ? file : null;
}

/** data: and the page's own blob: URLs never leave the browser; everything else must be the host. */
function leavesThisComputer(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return true;
  }
  if (url.protocol === 'data:') return false;
  if (url.protocol === 'blob:') return leavesThisComputer(url.pathname);
  return url.hostname !== '127.0.0.1';
}

interface Fixtures {
  webHost: RunningWebHost;
  /** Opens the app and waits for the library to appear. */
  openApp: () => Promise<void>;
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from the destructuring pattern, so it must exist even when empty.
  // eslint-disable-next-line no-empty-pattern
  webHost: async ({}, use, testInfo) => {
    const host = await startWebHostProcess();
    try {
      await use(host);
    } finally {
      await host.stop();
      if (testInfo.status !== testInfo.expectedStatus && host.stderr() !== '') {
        await testInfo.attach('web-host-stderr', { body: host.stderr(), contentType: 'text/plain' });
      }
    }
  },

  // Every test fails if the app asks for anything beyond the local host: the app must work offline.
  // The page's CSP stops most such requests before they are sent, so its violations count too.
  page: async ({ page }, use) => {
    const remoteRequests: string[] = [];
    page.on('request', (request) => {
      if (leavesThisComputer(request.url())) remoteRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        remoteRequests.push(`blocked by CSP: ${message.text()}`);
      }
    });
    await use(page);
    expect(remoteRequests, 'requests that left 127.0.0.1').toEqual([]);
  },

  openApp: async ({ page, webHost }, use) => {
    await use(async () => {
      await page.goto(webHost.url);
    });
  },
});

export { expect };
