import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { LibraryPage } from '../e2e/pages/library-page';
import { NewPlanPage } from '../e2e/pages/new-plan-page';
import { PathPage } from '../e2e/pages/path-page';
import { PlanPage } from '../e2e/pages/plan-page';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const PATH_TITLE = /Support Engineer/;
const PLAN_NAME = 'Support engineer, desktop';
const ITEM = 'CompTIA A+';

let userDataDir = '';

test.beforeEach(() => {
  userDataDir = mkdtempSync(join(tmpdir(), 'studypath-electron-'));
});

test.afterEach(() => {
  rmSync(userDataDir, { recursive: true, force: true });
});

async function launchApp(): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    // From node_modules, Electron's setuid sandbox helper is not root-owned, so Linux CI
    // machines without user namespaces cannot start it; the renderer stays sandboxed regardless.
    args: [
      ...(process.platform === 'linux' ? ['--no-sandbox'] : []),
      repoRoot,
      `--user-data-dir=${userDataDir}`,
    ],
    cwd: repoRoot,
  });
  const page = await app.firstWindow();
  return { app, page };
}

test('a ticked item is still ticked after quitting and relaunching the app', async () => {
  const first = await launchApp();
  const library = new LibraryPage(first.page);
  await library.waitUntilShown();
  await library.openPath(PATH_TITLE);

  const path = new PathPage(first.page);
  await path.waitUntilShown(PATH_TITLE);
  await path.startPlan();

  const newPlan = new NewPlanPage(first.page);
  await newPlan.nameField.fill(PLAN_NAME);
  await newPlan.create();

  const plan = new PlanPage(first.page);
  await plan.waitUntilShown(PLAN_NAME);
  await plan.tick(ITEM);
  await expect(plan.progress).toHaveText(/\b1 of \d+ done\b/);
  await first.app.close();

  const second = await launchApp();
  await second.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(PLAN_NAME) })
    .click();
  const reopened = new PlanPage(second.page);
  await reopened.waitUntilShown(PLAN_NAME);
  await expect(reopened.checkbox(ITEM)).toBeChecked();
  await expect(reopened.progress).toHaveText(/\b1 of \d+ done\b/);
  await second.app.close();
});
