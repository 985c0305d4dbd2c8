/**
 * `npm run screenshots`: drives the built app in Chromium against a throwaway data folder and
 * saves a 1280x800 PNG of each main screen into docs/screenshots/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, format } from 'date-fns';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium';
import type { PlannerApi } from '../shared/contract';
import { startWebHost } from './web-host/server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = path.join(repoRoot, 'docs', 'screenshots');
const PATH_TITLE = /Support Engineer/;
const PLAN_NAME = 'Support engineer by spring';
const ITEMS_TO_TICK = 2;
/** A plan already under way, so the plan and upcoming screens show overdue and coming-up items. */
const START_DAYS_AGO = 21;
const TARGET_DAYS_AHEAD = 90;
const OVERDUE_DAYS = 3;
const SOON_DAYS = 4;

async function capture(page: Page, name: string): Promise<void> {
  // No hover highlight or focus ring left over from the last click; fonts settled.
  await page.mouse.move(0, 0);
  await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
  await page.evaluate('document.fonts.ready.then(() => true)');
  const file = path.join(outputDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`saved ${path.relative(repoRoot, file)}`);
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function run(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await heading(page, 'Library');
  await page.getByRole('main').locator('.path-card').first().waitFor();
  await capture(page, 'library');

  const main = page.getByRole('main');
  await main
    .getByRole('link', { name: PATH_TITLE })
    .or(main.getByRole('button', { name: PATH_TITLE }))
    .first()
    .click();
  await heading(page, PATH_TITLE);
  await capture(page, 'path');

  await page
    .getByRole('button', { name: 'Create study plan' })
    .or(page.getByRole('link', { name: 'Create study plan' }))
    .first()
    .click();
  await page.getByRole('button', { name: 'Create plan' }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill(PLAN_NAME);
  const today = new Date();
  await page.getByLabel('Start date').fill(format(addDays(today, -START_DAYS_AGO), 'yyyy-MM-dd'));
  await page.getByLabel('Target date').fill(format(addDays(today, TARGET_DAYS_AHEAD), 'yyyy-MM-dd'));
  await capture(page, 'new-plan');

  await page.getByRole('button', { name: 'Create plan' }).click();
  await heading(page, PLAN_NAME);
  // A plan opens on "This week"; the full checklist is its own tab.
  await page.getByRole('tab', { name: 'Checklist' }).click();
  const boxes = page.getByRole('main').getByRole('checkbox');
  for (let i = 0; i < ITEMS_TO_TICK; i += 1) await boxes.nth(i).check();
  await page
    .getByText(new RegExp(`\\b${ITEMS_TO_TICK} of \\d+ done\\b`))
    .first()
    .waitFor();
  // The undo toast of the last tick would cover the checklist.
  const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.evaluate('window.scrollTo(0, 0)');
  await capture(page, 'plan');

  // Falling behind and a due date close by, as a plan under way has them.
  await page.evaluate(
    async ({ overdue, soon }) => {
      const { planner } = globalThis as unknown as { planner: PlannerApi };
      const plans = await planner.listPlans({});
      if (!plans.ok || plans.value[0] === undefined) throw new Error('no plan to date');
      const plan = await planner.getPlan({ planId: plans.value[0].id });
      if (!plan.ok) throw new Error(plan.error.message);
      const open = plan.value.items.filter((item) => item.status === 'todo');
      const dates = [overdue, soon];
      for (const [index, item] of open.slice(0, dates.length).entries()) {
        await planner.updateItem({ itemId: item.id, dueDate: dates[index] ?? null });
      }
    },
    {
      overdue: format(addDays(today, -OVERDUE_DAYS), 'yyyy-MM-dd'),
      soon: format(addDays(today, SOON_DAYS), 'yyyy-MM-dd'),
    },
  );
  await page.goto(`${url}#/upcoming`);
  await heading(page, /Upcoming/i);
  await capture(page, 'upcoming');
}

async function main(): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'studypath-screenshots-'));
  const host = await startWebHost({
    dataDir,
    rendererDir: path.join(repoRoot, 'out', 'renderer'),
    contentDir: path.join(repoRoot, 'content'),
    port: 0,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    page.setDefaultTimeout(15_000);
    await run(page, host.url);
  } finally {
    await browser.close();
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('screenshots failed:', error);
  process.exitCode = 1;
});
