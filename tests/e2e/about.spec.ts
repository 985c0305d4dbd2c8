import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AboutPage } from './pages/about-page';
import { repoRoot } from './web-host-process';

test('About names the app and its version and credits the source of the career paths', async ({
  page,
  openApp,
}) => {
  const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  await openApp();
  const about = new AboutPage(page);
  await about.open();

  await expect(page.getByText(`Version ${version}`, { exact: true })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('National Digital Capacity Library (Sri Lanka)');
  await expect(main).toContainText('in its own words');
  await expect(about.licenceLink).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  await expect(main).toContainText('open-source software');
});
