import { expect, test } from './fixtures';
import { helpdeskLead, securityAnalyst, structuredCareerPath } from './career-path-files';
import { LibraryPage } from './pages/library-page';

test.describe('searching the library', () => {
  test('"AWS" lists the paths with AWS certifications, and a result opens its path', async ({
    page,
    openApp,
  }) => {
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();

    await library.search('AWS');

    await expect(library.resultCount).toHaveText(/^\d+ paths? match(es)? “AWS”$/);
    const hits = library.searchHits();
    await expect(hits.first()).toBeVisible();
    const firstHit = hits.first();
    await expect(firstHit.getByRole('heading')).toHaveText('Cloud Engineer');
    const certification = firstHit.getByRole('listitem').filter({ hasText: 'Certification' }).first();
    await expect(certification).toContainText(/AWS/);
    await expect(certification.locator('mark').first()).toHaveText(/^aws$/i);

    const title = (await firstHit.getByRole('heading').textContent()) ?? '';
    await firstHit.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  test('"Jira" finds imported paths by a tool, and clearing the search brings the cards back', async ({
    page,
    openApp,
  }) => {
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();
    const cards = await library.countPathCards();
    await library.dropFiles([
      { name: 'helpdesk-lead.md', text: structuredCareerPath(helpdeskLead) },
      { name: 'security-analyst.md', text: structuredCareerPath(securityAnalyst) },
    ]);
    await expect(library.importResults).toContainText('2 files: 2 imported.');

    await library.search('Jira');

    for (const title of ['Helpdesk Lead', 'Junior Security Analyst']) {
      const tool = library.searchHit(title).getByRole('listitem').filter({ hasText: 'Tool' });
      await expect(tool.first()).toContainText(/Jira Service Management/);
    }
    await expect(library.searchHit('Helpdesk Lead').getByRole('listitem').first()).toContainText('Ticketing');

    await library.search('');
    await expect(library.searchHits()).toHaveCount(0);
    await expect(library.pathCards).toHaveCount(cards + 2);
  });

  test('a search with no match says so and offers to clear it', async ({ page, openApp }) => {
    await openApp();
    const library = new LibraryPage(page);
    await library.waitUntilShown();

    await library.search('zzqxv');

    await expect(page.getByRole('heading', { name: 'No path matches “zzqxv”' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(library.searchBox).toBeFocused();
    await expect(library.searchBox).toHaveValue('');
  });
});
