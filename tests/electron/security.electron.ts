import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { LibraryPage } from '../e2e/pages/library-page';
import { PathPage } from '../e2e/pages/path-page';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const PATH_TITLE = /Support Engineer/;

/** The page's globals this spec touches (the Node project has no DOM types). */
interface PageGlobals {
  require?: unknown;
  process?: unknown;
  planner?: { openExternal(input: { url: string }): Promise<{ ok: boolean; value?: { opened: boolean } }> };
  location: { href: string };
  open(url: string): unknown;
}

let userDataDir = '';
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'studypath-electron-'));
  app = await electron.launch({
    args: [
      ...(process.platform === 'linux' ? ['--no-sandbox'] : []),
      repoRoot,
      `--user-data-dir=${userDataDir}`,
    ],
    cwd: repoRoot,
  });
  page = await app.firstWindow();
  // Record what would go to the system browser instead of opening one.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { openedExternally?: string[] }).openedExternally = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
});

test.afterEach(async () => {
  await app.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

function openedExternally(): Promise<string[]> {
  return app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally ?? []);
}

test('the page is served from app:// with a strict policy and no Node in the page', async () => {
  await new LibraryPage(page).waitUntilShown();
  expect(page.url()).toMatch(/^app:\/\/studypath\/index\.html/);
  const exposed = await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    return { require: typeof page.require, process: typeof page.process, planner: typeof page.planner };
  });
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', planner: 'object' });
  const evalBlocked = await page.evaluate(() => {
    try {
      return new Function('return 1')() !== 1;
    } catch {
      return true;
    }
  });
  expect(evalBlocked).toBe(true);
});

test('navigation and new windows are denied; http links go to the system browser only', async () => {
  await new LibraryPage(page).waitUntilShown();
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.com/navigated';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/studypath\//);

  const popup = await page.evaluate(
    () => (globalThis as unknown as PageGlobals).open('https://example.com/popup') === null,
  );
  expect(popup).toBe(true);
  expect(app.windows()).toHaveLength(1);

  const library = new LibraryPage(page);
  await library.openPath(PATH_TITLE);
  await new PathPage(page).waitUntilShown(PATH_TITLE);
  await page.getByRole('link', { name: 'CompTIA A+' }).first().click();
  await expect.poll(openedExternally).toContain('https://www.comptia.org/certifications/a');

  const refused = await page.evaluate(async () => {
    const result = await (globalThis as unknown as PageGlobals).planner?.openExternal({
      url: 'javascript:alert(1)',
    });
    return result?.ok === true && result.value?.opened === true;
  });
  expect(refused).toBe(false);
  expect(await openedExternally()).not.toContain('javascript:alert(1)');
});
