import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSupportPlan } from './plan-setup';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Finding {
  screen: string;
  rule: string;
  impact: string | null | undefined;
  targets: string[];
}

async function audit(page: Page, screen: string, findings: Finding[]): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  for (const violation of results.violations) {
    findings.push({
      screen,
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    });
  }
}

/** Headings appear once a screen's data is in; axe must look at the finished screen. */
async function showScreen(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
  test(`every screen passes the WCAG 2.2 AA checks in the ${theme} theme`, async ({ page, openApp }) => {
    test.setTimeout(180_000);
    // The system asks for the other scheme, so the theme chosen in Preferences must win.
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    await openApp();
    const findings: Finding[] = [];

    await page.keyboard.press('Control+,');
    await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
    await page.getByRole('radio', { name: theme === 'dark' ? 'Dark' : 'Light' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await audit(page, 'preferences', findings);

    await page.keyboard.press('Control+1');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.locator('.path-card').first()).toBeVisible();
    await audit(page, 'library', findings);

    await page.locator('#library-search').fill('cloud');
    await expect(
      page
        .getByRole('main')
        .getByText(/\d+ paths? match(es)? “cloud”/)
        .first(),
    ).toBeVisible();
    await audit(page, 'library search results', findings);
    await page.locator('#library-search').fill('zzzz-nothing');
    await expect(page.getByRole('heading', { name: /No path matches/ })).toBeVisible();
    await audit(page, 'library search without results', findings);
    await page.locator('#library-search').fill('');

    const plan = await createSupportPlan(page, `Accessible plan ${theme}`);
    const [first, second] = await plan.itemTitles();
    if (first === undefined || second === undefined) throw new Error('too few items');
    await plan.tick(first);
    await page.getByRole('button', { name: `Details for ${second}` }).click();
    await expect(page.getByRole('textbox', { name: 'Notes' })).toBeVisible();
    await audit(page, 'plan with details open', findings);

    await plan.checkbox(second).focus();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('dialog', { name: 'Delete this item?' })).toBeVisible();
    await audit(page, 'delete confirmation', findings);
    await page.keyboard.press('Escape');

    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await audit(page, 'keyboard shortcuts', findings);
    await page.keyboard.press('Escape');

    await page
      .getByRole('link', { name: /Support Engineer/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /Support Engineer/ })).toBeVisible();
    await audit(page, 'path', findings);
    await page.getByRole('button', { name: 'Create study plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New study plan' })).toBeVisible();
    await audit(page, 'new plan', findings);

    await showScreen(page, '#/upcoming', 'Upcoming');
    await audit(page, 'upcoming', findings);
    await showScreen(page, '#/data', 'Backups & data');
    await audit(page, 'backups & data', findings);
    await showScreen(page, '#/about', 'About StudyPath');
    await audit(page, 'about', findings);

    expect(findings, 'axe violations, by screen').toEqual([]);
  });
}

test('a screen reader hears each item by its title, the progress as it changes, and which item Details opens', async ({
  page,
  openApp,
}) => {
  test.slow();
  await openApp();
  const plan = await createSupportPlan(page, 'Screen reader plan');
  const titles = await plan.itemTitles();
  const [first] = titles;
  if (first === undefined) throw new Error('the plan has no items');
  const total = titles.length;

  const certifications = page.getByRole('group', { name: /^Certifications/ });
  const snapshot = await certifications.ariaSnapshot();
  // Every row: a checkbox named by the title, a status choice and a Details button naming the item.
  for (const title of titles.slice(0, 3)) {
    expect(snapshot).toContain(`- checkbox "${title}"`);
    expect(snapshot).toContain(`- combobox "Status of ${title}"`);
    expect(snapshot).toContain(`- button "Details for ${title}"`);
  }
  // The row's visible text is the title and then its date; the status choice lists its options.
  await expect(certifications.getByRole('listitem').first()).toMatchAriaSnapshot(`
    - listitem:
      - checkbox "${first}"
      - text: /^${escapeRegExp(first)} /
      - combobox "Status of ${first}"
      - button "Details for ${first}"
  `);

  const liveRegion = page.locator('[aria-live="polite"]').filter({ hasText: /\d+ of \d+ done/ });
  await expect(liveRegion).toHaveText(`0 of ${total} done`);
  await plan.checkbox(first).focus();
  await page.keyboard.press('Space');
  await expect(liveRegion).toHaveText(`1 of ${total} done`);
  await expect(plan.checkbox(first)).toBeChecked();
  const details = page.getByRole('button', { name: `Details for ${first}` });
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`#${await details.getAttribute('aria-controls')}`)).toBeVisible();
});
