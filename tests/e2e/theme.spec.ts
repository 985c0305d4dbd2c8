import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The page background the dark and light themes paint (base.css --bg). */
const DARK_BACKGROUND = 'rgb(20, 23, 28)';
const LIGHT_BACKGROUND = 'rgb(245, 246, 248)';

const pageBackground = (page: Page) =>
  page.evaluate<string>('getComputedStyle(document.body).backgroundColor');

test('a theme chosen in Preferences is applied at once and kept after a reload', async ({
  page,
  openApp,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  expect(await pageBackground(page)).toBe(LIGHT_BACKGROUND);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Preferences' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'Match the system' })).toBeChecked();
  await theme.getByRole('radio', { name: 'Dark' }).check();

  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
  expect(await page.evaluate<string>('getComputedStyle(document.documentElement).colorScheme')).toBe('dark');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await pageBackground(page)).toBe(DARK_BACKGROUND);

  await page.getByRole('radio', { name: 'Light' }).check();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await pageBackground(page)).toBe(LIGHT_BACKGROUND);
});

test('the system theme follows the operating system as it changes', async ({ page, openApp }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  expect(await pageBackground(page)).toBe(DARK_BACKGROUND);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => pageBackground(page)).toBe(LIGHT_BACKGROUND);
});

test('with reduced motion asked for, nothing animates', async ({ page, openApp }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Upcoming' })).toBeVisible();
  // A toast would slide in.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo' })).toBeVisible();
  // Every element that still animates or transitions, by tag and class.
  const moving = await page.evaluate<string[]>(`[...document.querySelectorAll('*')]
    .filter((element) => {
      const style = getComputedStyle(element);
      const lasts = (value) => value.split(',').some((part) => parseFloat(part) > 0);
      return style.animationName !== 'none' || lasts(style.transitionDuration);
    })
    .map((element) => element.tagName + '.' + element.className)`);
  expect(moving).toEqual([]);
});
